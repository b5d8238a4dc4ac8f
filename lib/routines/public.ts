/** The published routines, for a letter's routine cards and for checking the routines a letter names. */
export { findPublishedRoutineSlugs, listPublishedRoutinesWithSteps } from "./queries";
