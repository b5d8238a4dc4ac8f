/** What other domains may read of the readers besides the service: the growth line the dashboard draws. */
export { confirmedReadersPerDay } from "./queries";

/** The subscription's part of a person's records and of their erasure (lib/privacy composes them). */
export { eraseSubscriber, subscriberRecord } from "./personal-data-queries";
