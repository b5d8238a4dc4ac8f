/** What other domains may read of the bookings table besides the service: the calls in a window (the dashboard's "today"). */
export { listBookingsBetween } from "./queries";

/** The calls' part of a person's records and of their erasure (lib/privacy composes them). */
export { bookingRecords, eraseBookings } from "./personal-data-queries";
