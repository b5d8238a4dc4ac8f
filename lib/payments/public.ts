/**
 * What other domains may do with payments' tables inside their own transaction: the coach's course
 * editor grants access by hand (the account and the enrolment written with the editor's change), and
 * learning and certificates ask whether someone holds access.
 */
export { findEnrollment, findOrCreateUserId, grantEnrollment } from "./queries";

/** Orders' part of a person's records and of their erasure: kept for the accounts, the person taken out. */
export { anonymiseOrders, orderRecords } from "./personal-data-queries";
