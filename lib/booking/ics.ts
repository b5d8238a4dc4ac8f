import { createEvent } from "ics";

export interface InviteInput {
  bookingId: string;
  /** Host part of the UID, e.g. the site's host name: keeps the UID stable and unique. */
  host: string;
  sequence: number;
  method: "REQUEST" | "CANCEL";
  start: Date;
  end: Date;
  title: string;
  description: string;
  location: string;
  /** The booking's private manage page: calendars show it as the event's link. */
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

/**
 * A person's name as an iCalendar parameter value. Parameter values cannot hold a double quote at
 * all (RFC 5545), so names are written with RFC 6868's caret escapes, which calendar apps read
 * back as the name typed: O'Brien, "Sam", Ünal; Jr. all survive.
 */
export function parameterText(value: string): string {
  return value.replaceAll("^", "^^").replaceAll('"', "^'").replace(/\r?\n/g, "^n");
}

/**
 * A calendar invite for a consultation. The UID never changes for a booking, so calendars update
 * the same event when a later invite raises SEQUENCE, and remove it on METHOD:CANCEL.
 */
export function consultationInvite(input: InviteInput): string {
  const { error, value } = createEvent({
    uid: `booking-${input.bookingId}@${input.host}`,
    sequence: input.sequence,
    method: input.method,
    status: input.method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    start: input.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: input.end.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: input.title,
    description: input.description,
    url: input.url,
    location: input.location || undefined,
    organizer: { ...input.organizer, name: parameterText(input.organizer.name) },
    attendees: [{ ...input.attendee, name: parameterText(input.attendee.name), rsvp: true, partstat: "ACCEPTED", role: "REQ-PARTICIPANT" }],
    productId: "coach-platform/booking",
  });
  if (error || !value) throw error ?? new Error("Could not build the calendar invite.");
  return value;
}

/** DTSTART of an invite as a UTC Date, for tests and for checking what people receive. */
export function inviteStart(ics: string): Date | null {
  const match = /DTSTART(?:;[^:]*)?:(\d{8}T\d{6}Z)/.exec(ics);
  if (!match) return null;
  const [, stamp] = match;
  const iso = `${stamp!.slice(0, 4)}-${stamp!.slice(4, 6)}-${stamp!.slice(6, 8)}T${stamp!.slice(9, 11)}:${stamp!.slice(11, 13)}:${stamp!.slice(13, 15)}Z`;
  return new Date(iso);
}
