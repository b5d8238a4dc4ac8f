import { describe, expect, it } from "vitest";
import { googleCalendarUrl, outlookCalendarUrl } from "./calendar-links";

const event = {
  title: "Free consultation with Mira Holloway",
  start: new Date("2026-12-03T14:00:00Z"),
  end: new Date("2026-12-03T14:30:00Z"),
  details: "Move or cancel: https://coach.example/bookings/abc_-123",
  location: "https://meet.jit.si/room & more",
};

describe("add-to-calendar links", () => {
  it("give Google the slot in UTC and every field intact", () => {
    const url = new URL(googleCalendarUrl(event));
    expect(url.origin).toBe("https://calendar.google.com");
    expect(url.searchParams.get("dates")).toBe("20261203T140000Z/20261203T143000Z");
    expect(url.searchParams.get("text")).toBe(event.title);
    expect(url.searchParams.get("details")).toBe(event.details);
    expect(url.searchParams.get("location")).toBe(event.location);
  });

  it("give Outlook ISO times and leave out an empty location", () => {
    const url = new URL(outlookCalendarUrl({ ...event, location: "" }));
    expect(url.searchParams.get("startdt")).toBe("2026-12-03T14:00:00.000Z");
    expect(url.searchParams.get("enddt")).toBe("2026-12-03T14:30:00.000Z");
    expect(url.searchParams.has("location")).toBe(false);
  });
});
