/** The coach's other calendars as busy times: what booking subtracts from the free times, read in its own statement. */
export { listExternalBusy } from "./queries";
