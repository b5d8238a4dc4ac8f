/** One account by id, for the domains that hold a user id and need the name and address (certificates). */
export { findUserById } from "./queries";
