import { describe, expect, it } from "vitest";
import { localDate, wallClockToInstant } from "@/lib/platform/time/zones";
import { timesByDay } from "./slot-display";
import { generateSlots, openingHours, type BookingSettings, type SlotQuery, type WeeklyRule } from "./slots";

const settings: BookingSettings = { slotMinutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, minNoticeMinutes: 12 * 60, horizonDays: 30, dailyCap: null };
const everyDay = (startMinute: number, endMinute: number): WeeklyRule[] => [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, startMinute, endMinute }));
const h = (hours: number, minutes = 0) => hours * 60 + minutes;

function query(overrides: Partial<SlotQuery>): SlotQuery {
  return { now: new Date("2026-06-01T00:00:00Z"), timeZone: "Europe/Berlin", rules: everyDay(h(9), h(12)), overrides: [], settings, busy: [], ...overrides };
}

const iso = (slots: { start: Date }[]) => slots.map((slot) => slot.start.toISOString());
const onDate = <T extends { start: Date }>(slots: T[], date: string, timeZone: string) => slots.filter((slot) => localDate(slot.start, timeZone) === date);
const wall = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);

describe("a coach's extra evening in Berlin, seen from elsewhere", () => {
  it("falls on the right calendar day for a visitor in Los Angeles and one in Auckland", () => {
    // Friday 5 June, 20:00–21:00 in Berlin = 18:00–19:00 UTC.
    const slots = generateSlots(
      query({ rules: [], overrides: [{ date: "2026-06-05", kind: "extra", startMinute: h(20), endMinute: h(21) }] }),
    );
    expect(iso(slots)).toEqual(["2026-06-05T18:00:00.000Z", "2026-06-05T18:30:00.000Z"]);
    const starts = slots.map((slot) => slot.start);
    expect(timesByDay(starts, "America/Los_Angeles", "en-US")).toEqual([
      { date: "2026-06-05", heading: "Friday, June 5", leaf: { weekday: "Fri", day: "5", month: "Jun" }, times: [expect.objectContaining({ label: "11:00 AM" }), expect.objectContaining({ label: "11:30 AM" })] },
    ]);
    expect(timesByDay(starts, "Pacific/Auckland", "en-NZ")).toEqual([
      { date: "2026-06-06", heading: "Saturday, 6 June", leaf: { weekday: "Sat", day: "6", month: "Jun" }, times: [expect.objectContaining({ label: "6:00 am" }), expect.objectContaining({ label: "6:30 am" })] },
    ]);
  });
});

describe("slot generation", () => {
  it("cuts opening hours into slots of the right length, in the coach's zone", () => {
    const slots = onDate(generateSlots(query({ now: new Date("2026-06-01T00:00:00Z") })), "2026-06-02", "Europe/Berlin");
    expect(slots).toHaveLength(6);
    // 09:00 in Berlin in summer is 07:00 UTC.
    expect(iso(slots)[0]).toBe("2026-06-02T07:00:00.000Z");
    expect(iso(slots).at(-1)).toBe("2026-06-02T09:30:00.000Z");
  });

  it("respects the minimum notice", () => {
    const now = new Date("2026-06-02T00:00:00Z"); // 02:00 in Berlin; 12 h notice → from 14:00
    const slots = generateSlots(query({ now, rules: everyDay(h(9), h(18)) }));
    expect(slots[0]!.start.toISOString()).toBe("2026-06-02T12:00:00.000Z");
  });

  it("stops at the booking horizon", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    const slots = generateSlots(query({ now, settings: { ...settings, horizonDays: 3 } }));
    expect(slots.every((slot) => slot.start.getTime() < now.getTime() + 3 * 86_400_000)).toBe(true);
    // June 1 is inside the 12-hour notice; June 4 morning is past the 3-day horizon.
    expect(new Set(slots.map((slot) => localDate(slot.start, "Europe/Berlin")))).toEqual(new Set(["2026-06-02", "2026-06-03"]));
  });

  it("leaves out booked times, and keeps the buffers free around them", () => {
    const busy = [{ start: new Date("2026-06-02T08:00:00Z"), end: new Date("2026-06-02T08:30:00Z") }]; // 10:00–10:30 Berlin
    const plain = onDate(generateSlots(query({ busy })), "2026-06-02", "Europe/Berlin");
    expect(plain.map((slot) => wall(slot.start, "Europe/Berlin"))).toEqual(["09:00", "09:30", "10:30", "11:00", "11:30"]);
    const buffered = onDate(generateSlots(query({ busy, settings: { ...settings, bufferBeforeMinutes: 15, bufferAfterMinutes: 15 } })), "2026-06-02", "Europe/Berlin");
    expect(buffered.map((slot) => wall(slot.start, "Europe/Berlin"))).toEqual(["09:00", "11:00", "11:30"]);
  });

  it("offers nothing more on a day that reached its cap", () => {
    const busy = [
      { start: new Date("2026-06-02T07:00:00Z"), end: new Date("2026-06-02T07:30:00Z") },
      { start: new Date("2026-06-02T09:00:00Z"), end: new Date("2026-06-02T09:30:00Z") },
    ];
    expect(onDate(generateSlots(query({ busy, settings: { ...settings, dailyCap: 2 } })), "2026-06-02", "Europe/Berlin")).toEqual([]);
    expect(onDate(generateSlots(query({ busy, settings: { ...settings, dailyCap: 3 } })), "2026-06-02", "Europe/Berlin")).toHaveLength(4);
  });

  it("applies date overrides: a day off, part of a day off, extra hours", () => {
    const overrides = [
      { date: "2026-06-02", kind: "unavailable" as const, startMinute: null, endMinute: null },
      { date: "2026-06-03", kind: "unavailable" as const, startMinute: h(10), endMinute: h(11) },
      { date: "2026-06-04", kind: "extra" as const, startMinute: h(17), endMinute: h(18) },
    ];
    const slots = generateSlots(query({ overrides }));
    expect(onDate(slots, "2026-06-02", "Europe/Berlin")).toEqual([]);
    expect(onDate(slots, "2026-06-03", "Europe/Berlin").map((slot) => wall(slot.start, "Europe/Berlin"))).toEqual(["09:00", "09:30", "11:00", "11:30"]);
    expect(onDate(slots, "2026-06-04", "Europe/Berlin").map((slot) => wall(slot.start, "Europe/Berlin"))).toEqual([
      "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "17:00", "17:30",
    ]);
    expect(openingHours("2026-06-03", everyDay(h(9), h(12)), overrides)).toEqual([[h(9), h(10)], [h(11), h(12)]]);
  });
});

describe("slots across daylight-saving changes", () => {
  const night = everyDay(h(0), h(5)); // opening hours that span the changeover
  const cases = [
    { zone: "America/New_York", date: "2026-03-08", change: "forward", skipped: ["02:00", "02:30"] },
    { zone: "America/New_York", date: "2026-11-01", change: "back", skipped: [] },
    { zone: "Europe/Berlin", date: "2026-03-29", change: "forward", skipped: ["02:00", "02:30"] },
    { zone: "Europe/Berlin", date: "2026-10-25", change: "back", skipped: [] },
  ] as const;

  for (const { zone, date, change, skipped } of cases) {
    describe(`${zone} on ${date} (clocks go ${change})`, () => {
      const now = new Date(`${date}T00:00:00Z`);
      const slots = onDate(generateSlots({ now: new Date(now.getTime() - 5 * 86_400_000), timeZone: zone, rules: night, overrides: [], settings, busy: [] }), date, zone);

      it("never offers a local time that does not exist", () => {
        const times = slots.map((slot) => wall(slot.start, zone));
        for (const missing of skipped) expect(times).not.toContain(missing);
        for (const slot of slots) expect(wallClockToInstant(date, Number(wall(slot.start, zone).slice(0, 2)) * 60 + Number(wall(slot.start, zone).slice(3)), zone)).not.toBeNull();
      });

      it("offers each instant once, even in the repeated hour", () => {
        expect(new Set(iso(slots)).size).toBe(slots.length);
        const times = slots.map((slot) => wall(slot.start, zone));
        expect(new Set(times).size).toBe(times.length);
      });

      it("keeps every slot exactly 30 minutes long in UTC", () => {
        for (const slot of slots) expect(slot.end.getTime() - slot.start.getTime()).toBe(30 * 60_000);
      });

      it(change === "forward" ? "offers one hour fewer than a normal night" : "offers every wall-clock time of the night", () => {
        expect(slots).toHaveLength(change === "forward" ? 8 : 10);
      });
    });
  }

  it("maps the skipped hour to nothing and the repeated hour to one instant", () => {
    expect(wallClockToInstant("2026-03-08", h(2, 30), "America/New_York")).toBeNull();
    expect(wallClockToInstant("2026-03-29", h(2, 30), "Europe/Berlin")).toBeNull();
    expect(wallClockToInstant("2026-11-01", h(1, 30), "America/New_York")).toBeInstanceOf(Date);
    expect(wallClockToInstant("2026-10-25", h(2, 30), "Europe/Berlin")).toBeInstanceOf(Date);
  });
});
