import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { Booking } from "@/db/schema";
import { calendarFeed } from "./calendar-feed";

const ADMIN_URL = "https://coach.example/admin/bookings";

function booking(overrides: Partial<Booking>): Booking {
  const startsAt = overrides.startsAt ?? new Date("2026-06-15T08:00:00Z");
  return {
    id: "6f1c2d3e-0000-4000-8000-000000000001",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 30 * 60_000),
    status: "confirmed",
    name: "Sam Reader",
    email: "sam@example.com",
    timezone: "America/New_York",
    wordsLocale: null,
    hourCycle: null,
    answers: [{ questionId: "q1", label: "What brings you here?", answer: "A stiff lower back." }],
    consentAt: new Date("2026-06-01T06:00:00Z"),
    manageTokenHash: "hash",
    idempotencyKey: null,
    sequence: 0,
    cancelledAt: null,
    cancelReason: null,
    cancelledBy: null,
    noShow: false,
    reminderSentAt: null,
    privateNotes: "",
    rescheduleRequestedAt: null,
    rescheduleMessage: null,
    createdAt: new Date("2026-06-01T06:00:00Z"),
    updatedAt: new Date("2026-06-01T06:00:00Z"),
    ...overrides,
  };
}

const kept = booking({ id: "6f1c2d3e-0000-4000-8000-00000000000a", name: 'Ana "Feed" Ruiz', email: "ana@example.com" });
const cancelled = booking({
  id: "6f1c2d3e-0000-4000-8000-00000000000b",
  startsAt: new Date("2026-06-15T09:00:00Z"),
  name: "Gone Visitor",
  email: "gone@example.com",
  status: "cancelled",
  sequence: 1,
  cancelledAt: new Date("2026-06-02T06:00:00Z"),
  cancelReason: "Travelling.",
  cancelledBy: "visitor",
});

function feedOf(bookings: Booking[]) {
  return calendarFeed({
    host: "coach.example",
    coachName: "Mira Holloway",
    adminUrl: ADMIN_URL,
    bookings: bookings.map((row) => ({ booking: row, location: `https://meet.jit.si/Consultation-${row.id.slice(-4)}` })),
  });
}

/** Every property value of every component, as text, from the parsed calendar. */
function allValues(component: ICAL.Component): string[] {
  const own = component.getAllProperties().flatMap((property) => property.getValues().map((value) => String(value)));
  return [...own, ...component.getAllSubcomponents().flatMap(allValues)];
}

describe("calendarFeed", () => {
  const text = feedOf([kept, cancelled]);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));

  it("links only to the coach's signed-in bookings page: no visitor's manage link in any property", () => {
    const values = allValues(calendar);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).not.toMatch(/\/bookings\//);
    // The raw text too, folded lines joined, in case a property the parser drops carries one.
    expect(text.replace(/\r\n[ \t]/g, "")).not.toMatch(/\/bookings\//);
    for (const event of events) {
      expect(event.component.getFirstPropertyValue("url")).toBe(ADMIN_URL);
      expect(event.description).toContain(ADMIN_URL);
    }
  });

  it("leaves cancelled bookings out, and keeps the rest with the visitor's details", () => {
    expect(events.map((event) => event.uid)).toEqual([`booking-${kept.id}@coach.example`]);
    expect(text).not.toContain("Gone Visitor");
    expect(text).not.toContain("gone@example.com");
    expect(text).not.toContain("STATUS:CANCELLED");
    const [event] = events;
    expect(event!.summary).toBe('Consultation with Ana "Feed" Ruiz');
    expect(event!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(event!.description).toContain("ana@example.com");
    expect(event!.description).toContain("What brings you here?\nA stiff lower back.");
  });

  it("is an empty, valid calendar when every booking was cancelled", () => {
    const empty = new ICAL.Component(ICAL.parse(feedOf([cancelled])));
    expect(empty.name).toBe("vcalendar");
    expect(empty.getAllSubcomponents("vevent")).toHaveLength(0);
    expect(empty.getFirstPropertyValue("x-wr-calname")).toBe("Consultations with Mira Holloway");
  });
});
