import { describe, expect, it } from "vitest";
import { visitorWhen } from "./booking-emails";

const call = { startsAt: new Date("2026-12-08T08:30:00Z"), endsAt: new Date("2026-12-08T09:00:00Z"), timezone: "Europe/Berlin" };

describe("a booking's time in the visitor's emails", () => {
  it("reads as the booking page read: its English and their clock", () => {
    expect(visitorWhen({ ...call, wordsLocale: "en-GB", hourCycle: "h12" })).toMatch(/^Tuesday,? 8 December 2026, 9:30\s?am–10:00\s?am$/i);
    expect(visitorWhen({ ...call, wordsLocale: "en-US", hourCycle: "h12" })).toMatch(/^Tuesday, December 8, 2026, 9:30\s?AM–10:00\s?AM$/);
    expect(visitorWhen({ ...call, wordsLocale: "en-US", hourCycle: "h23" })).toMatch(/^Tuesday, December 8, 2026, 09:30–10:00$/);
  });
  it("keeps the old fixed form for a booking made before the habit was recorded", () => {
    expect(visitorWhen({ ...call, wordsLocale: null, hourCycle: null })).toMatch(/^Tuesday,? 8 December 2026, 09:30–10:00$/);
  });
});
