/** What other domains may read of the bookings table besides the service: the calls in a window (the dashboard's "today"). */
export { listBookingsBetween } from "./queries";
