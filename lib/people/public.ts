/** The coach's notes and the person's entry on the list: people's part of a person's records and of their erasure. */
export { erasePersonEntry, noteRecords } from "./personal-data-queries";
/** A person on the list by address, for the data download (which links the coach's notes). */
export { findPersonByEmail } from "./people-queries";
