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
  /** The visitor's own manage page, so the coach can open what the visitor sees. */
  manageUrl: string;
  /** Where this call happens (its own video room, when the coach uses rooms). */
  location: string;
}

/**
 * The coach's private feed: every booking in the window, with the visitor's name, answers and
 * links; cancelled ones stay in it as STATUS:CANCELLED so a subscribed calendar removes them. The
 * UIDs are the invites' UIDs, so the same event is never shown twice.
 */
export function calendarFeed(input: { host: string; coachName: string; adminUrl: string; bookings: FeedBooking[] }): string {
  const events: EventAttributes[] = input.bookings.map(({ booking, manageUrl, location }) => ({
    uid: `booking-${booking.id}@${input.host}`,
    sequence: booking.sequence,
    status: booking.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    start: booking.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: booking.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: `${booking.status === "cancelled" ? "Cancelled: " : ""}Consultation with ${booking.name}`,
    description: [
      `${booking.name} <${booking.email}>, in ${booking.timezone}.`,
      ...booking.answers.map(({ label, answer }) => `${label}\n${answer}`),
      ...(booking.status === "cancelled" && booking.cancelReason ? [`Cancelled: ${booking.cancelReason}`] : []),
      `Your bookings:\n${input.adminUrl}`,
      `What ${booking.name} sees:\n${manageUrl}`,
    ].join("\n\n"),
    location: location || undefined,
    url: manageUrl,
  }));
  if (events.length === 0) {
    // ics refuses an empty list; an empty calendar is still a valid, subscribable one.
    return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:coach-platform/calendar-feed", `X-WR-CALNAME:Consultations with ${input.coachName}`, "END:VCALENDAR", ""].join("\r\n");
  }
  const { error, value } = createEvents(events, { productId: "coach-platform/calendar-feed", calName: `Consultations with ${input.coachName}` });
  if (error || !value) throw error ?? new Error("Could not build the calendar feed.");
  return value;
}
