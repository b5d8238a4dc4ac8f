/** One account by id, for the domains that hold a user id and need the name and address (certificates). */
export { findUserById } from "./queries";

/** The account's part of a person's records and of their erasure (lib/privacy composes them). */
export { accountRecord, eraseAccount } from "./personal-data-queries";
