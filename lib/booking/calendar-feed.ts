import { createHmac, timingSafeEqual } from "node:crypto";
import { createEvents, type EventAttributes } from "ics";
import type { Booking } from "@/db/schema";

/** The feed's secret address part: an HMAC of its version, so renewing the version voids old links. */
export function calendarFeedToken(secret: string, version: number): string {
  return createHmac("sha256", secret).update(`calendar-feed:${version}`).digest("base64url");
}

export function isCalendarFeedToken(secret: string, version: number | null, token: string): boolean {
  if (version === null) return false;
  const expected = Buffer.from(calendarFeedToken(secret, version));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface FeedBooking {
  booking: Booking;
  /** Where this call happens (its own video room, when the coach uses rooms). */
  location: string;
}

/**
 * The coach's private feed: every live booking in the window, with the visitor's name, email,
 * answers and where the call happens. Outside services (Google, Apple) fetch and keep copies of it,
 * and coaches share it with an assistant, so it links only to the coach's own signed-in page
 * (`adminUrl`, /admin/bookings), never to a visitor's manage link: whoever reads the calendar must
 * not be able to move or cancel anyone's call.
 *
 * Cancelled bookings are left out rather than sent as STATUS:CANCELLED: a calendar app subscribed
 * to a feed removes an event it already copied once the event is gone from the feed, so dropping
 * it is what clears it from the coach's calendar (and keeps the visitor's details out of it).
 * The UIDs are the invites' UIDs, so the same event is never shown twice.
 */
export function calendarFeed(input: { host: string; coachName: string; adminUrl: string; bookings: FeedBooking[] }): string {
  const events: EventAttributes[] = input.bookings
    .filter(({ booking }) => booking.status !== "cancelled")
    .map(({ booking, location }) => ({
      uid: `booking-${booking.id}@${input.host}`,
      sequence: booking.sequence,
      status: "CONFIRMED",
      start: booking.startsAt.getTime(),
      startInputType: "utc",
      startOutputType: "utc",
      end: booking.endsAt.getTime(),
      endInputType: "utc",
      endOutputType: "utc",
      title: `Consultation with ${booking.name}`,
      description: [
        `${booking.name} <${booking.email}>, in ${booking.timezone}.`,
        ...booking.answers.map(({ label, answer }) => `${label}\n${answer}`),
        `Your bookings (signed in):\n${input.adminUrl}`,
      ].join("\n\n"),
      location: location || undefined,
      url: input.adminUrl,
    }));
  if (events.length === 0) {
    // ics refuses an empty list; an empty calendar is still a valid, subscribable one.
    return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:coach-platform/calendar-feed", `X-WR-CALNAME:Consultations with ${input.coachName}`, "END:VCALENDAR", ""].join("\r\n");
  }
  const { error, value } = createEvents(events, { productId: "coach-platform/calendar-feed", calName: `Consultations with ${input.coachName}` });
  if (error || !value) throw error ?? new Error("Could not build the calendar feed.");
  return value;
}
