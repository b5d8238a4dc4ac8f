/** A learner's own reflections, for the data download a person makes for themselves. */
export { reflectionsOfUser } from "./learning/reflection-queries";

/** Enrolments and finished lessons: the course's part of a person's records. */
export { learningRecords } from "./personal-data-queries";
