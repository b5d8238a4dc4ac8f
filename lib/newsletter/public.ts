/** What other domains may read of the readers besides the service: the growth line the dashboard draws. */
export { confirmedReadersPerDay } from "./queries";
