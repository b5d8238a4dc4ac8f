import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { consultationInvite, inviteStart } from "./ics";

const base = {
  bookingId: "6f1c2d3e-0000-4000-8000-000000000001",
  host: "coach.example",
  start: new Date("2026-03-08T15:00:00Z"),
  end: new Date("2026-03-08T15:30:00Z"),
  title: "Free consultation with Mira Holloway",
  description: "A 30-minute call.",
  location: "https://meet.example.com/mira",
  url: "https://coach.example/bookings/Qm9va2luZy1tYW5hZ2UtdG9rZW4tZm9yLXRlc3Rz_-x",
  organizer: { name: "Mira Holloway", email: "coach@example.com" },
  attendee: { name: "Sam Reader", email: "sam@example.com" },
};

describe("consultationInvite", () => {
  it("is a REQUEST with a stable UID, the slot's start and end in UTC", () => {
    const ics = consultationInvite({ ...base, sequence: 0, method: "REQUEST" });
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain(`UID:booking-${base.bookingId}@coach.example`);
    expect(ics).toContain("SEQUENCE:0");
    expect(ics).toMatch(/DTSTART:20260308T150000Z/);
    expect(ics).toMatch(/DTEND:20260308T153000Z/);
    expect(inviteStart(ics)?.toISOString()).toBe("2026-03-08T15:00:00.000Z");
  });

  it("cancels the same event with a higher sequence", () => {
    const ics = consultationInvite({ ...base, sequence: 2, method: "CANCEL" });
    expect(ics).toContain("METHOD:CANCEL");
    expect(ics).toContain("STATUS:CANCELLED");
    expect(ics).toContain("SEQUENCE:2");
    expect(ics).toContain(`UID:booking-${base.bookingId}@coach.example`);
  });

  it("keeps a quote, comma, semicolon or caret in a name, and line breaks in the text, as typed when a calendar reads it back", () => {
    const name = `Sam "The Rock" O'Reader; Jr., III ^_^`;
    const ics = consultationInvite({
      ...base,
      sequence: 0,
      method: "REQUEST",
      title: 'Consultation; with "Mira", Jr.',
      description: "Line one\nManage it: https://coach.example/bookings/abc,def;ghi",
      organizer: { name: 'Mira "M" Holloway', email: "coach@example.com" },
      attendee: { name, email: "sam@example.com" },
    });
    // RFC 5545 has no escape for a double quote inside a parameter value.
    for (const line of ics.split("\r\n").filter((entry) => /^(ATTENDEE|ORGANIZER)/.test(entry))) expect(line).not.toContain('\\"');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
    expect(event.attendees[0]!.getParameter("cn")).toBe(name);
    expect(event.organizer).toBe("MAILTO:coach@example.com");
    expect(event.component.getFirstProperty("organizer")!.getParameter("cn")).toBe('Mira "M" Holloway');
    expect(event.summary).toBe('Consultation; with "Mira", Jr.');
    expect(event.description).toBe("Line one\nManage it: https://coach.example/bookings/abc,def;ghi");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-03-08T15:00:00.000Z");
  });

  it("carries the whole personal manage link as the event's URL, however the lines are folded", () => {
    const ics = consultationInvite({ ...base, sequence: 0, method: "REQUEST", description: `Move or cancel:\n${base.url}` });
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("url")).toBe(base.url);
    expect(String(event.getFirstPropertyValue("description"))).toContain(base.url);
  });
});
