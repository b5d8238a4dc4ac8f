/** The shape of everything held about one address, which the privacy export is written from. */
export type { PersonRecords } from "./records-queries";
