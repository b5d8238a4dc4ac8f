/** A person's latest check-ins: their part of a person's records (lib/privacy composes them). */
export { latestCheckInsForUser } from "./queries";
