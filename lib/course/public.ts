/** A learner's own reflections, for the data download a person makes for themselves. */
export { reflectionsOfUser } from "./learning/reflection-queries";
