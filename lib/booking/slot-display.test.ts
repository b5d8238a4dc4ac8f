import { describe, expect, it } from "vitest";
import { clockTime, dayLeaf, friendlyZoneLabel, gmtOffset, timesByDay } from "./slot-display";

const at = new Date("2026-12-03T14:00:00Z");

describe("free times as a visitor reads them", () => {
  it("follows the locale's clock: 12-hour in the US, 24-hour in Britain and Germany", () => {
    expect(clockTime(at, "America/Los_Angeles", "en-US")).toBe("6:00 AM");
    expect(clockTime(at, "Europe/London", "en-GB")).toBe("14:00");
    expect(clockTime(at, "Europe/Berlin", "de-DE")).toBe("15:00");
  });

  it("names a zone the way people know it, with its current offset and today's city name", () => {
    expect(friendlyZoneLabel("Asia/Kolkata", at)).toBe("India Standard Time · GMT+5:30 · Kolkata");
    expect(friendlyZoneLabel("America/New_York", at)).toBe("Eastern Standard Time · GMT-5 · New York");
    expect(gmtOffset("America/New_York", new Date("2026-07-01T12:00:00Z"))).toBe("GMT-4");
    expect(friendlyZoneLabel("UTC", at)).toBe("Coordinated Universal Time · UTC");
  });

  it("groups times by the visitor's own calendar day, not the coach's", () => {
    // 23:30 and 00:30 UTC fall on one evening in Los Angeles but on two days in Auckland.
    const starts = [new Date("2026-12-03T23:30:00Z"), new Date("2026-12-04T00:30:00Z")];
    expect(timesByDay(starts, "America/Los_Angeles", "en-US").map((day) => day.times.length)).toEqual([2]);
    const auckland = timesByDay(starts, "Pacific/Auckland", "en-NZ");
    expect(auckland.map((day) => day.date)).toEqual(["2026-12-04"]);
    expect(timesByDay(starts, "UTC", "en-GB").map((day) => day.heading)).toEqual(["Thursday 3 December", "Friday 4 December"]);
  });

  it("gives each day the parts of a calendar leaf, on the visitor's own date", () => {
    // 23:30 UTC on Thursday is already Friday morning in Auckland.
    expect(dayLeaf(new Date("2026-12-03T23:30:00Z"), "Pacific/Auckland", "en-GB")).toEqual({ weekday: "Fri", day: "4", month: "Dec" });
    expect(dayLeaf(new Date("2026-12-03T23:30:00Z"), "America/Los_Angeles", "en-US")).toEqual({ weekday: "Thu", day: "3", month: "Dec" });
  });

  it("keeps English words and takes the chosen clock (a German browser, lib/booking/clock.ts)", () => {
    expect(clockTime(at, "Europe/Berlin", "en-GB", "h12")).toBe("3:00 pm");
    expect(clockTime(at, "America/New_York", "en-US", "h23")).toBe("09:00");
    const [day] = timesByDay([at], "Europe/Berlin", "en-GB", "h12");
    expect(day).toMatchObject({ heading: "Thursday 3 December", leaf: { weekday: "Thu", day: "3", month: "Dec" }, times: [{ label: "3:00 pm" }] });
  });
});
