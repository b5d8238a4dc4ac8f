/** Transactional mail (sign-in, receipts, bookings) and newsletter mail use different senders. */
export type EmailKind = "transactional" | "newsletter";
