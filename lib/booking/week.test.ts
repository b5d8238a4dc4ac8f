import { describe, expect, it } from "vitest";
import { weekOffsetOf, weekRange } from "./week";

describe("weekRange", () => {
  it("runs Monday to Sunday in the coach's zone", () => {
    const week = weekRange(new Date("2026-11-25T12:00:00Z"), "Europe/Berlin");
    expect(week.days[0]).toBe("2026-11-23");
    expect(week.days[6]).toBe("2026-11-29");
    expect(week.from.toISOString()).toBe("2026-11-22T23:00:00.000Z");
    expect(week.to.toISOString()).toBe("2026-11-29T23:00:00.000Z");
  });

  it("moves by whole weeks, across a daylight-saving change", () => {
    const week = weekRange(new Date("2026-10-21T12:00:00Z"), "Europe/Berlin", 1);
    expect(week.days[0]).toBe("2026-10-26");
    expect((week.to.getTime() - week.from.getTime()) / 3_600_000).toBe(168);
    // The week of 19–25 October holds the change back to winter time: it is 169 hours long.
    const changeWeek = weekRange(new Date("2026-10-21T12:00:00Z"), "Europe/Berlin", 0);
    expect(changeWeek.days).toContain("2026-10-25");
    expect((changeWeek.to.getTime() - changeWeek.from.getTime()) / 3_600_000).toBe(169);
  });

  it("knows that Sunday belongs to the week that started on Monday", () => {
    expect(weekRange(new Date("2026-11-29T20:00:00Z"), "Europe/Berlin").days[0]).toBe("2026-11-23");
  });
});

describe("weekOffsetOf", () => {
  it("counts weeks between Monday-to-Sunday weeks in the zone", () => {
    const now = new Date("2026-12-02T10:00:00Z"); // a Wednesday
    expect(weekOffsetOf(new Date("2026-12-06T22:30:00Z"), now, "Europe/Berlin")).toBe(0); // Sunday 23:30 Berlin
    expect(weekOffsetOf(new Date("2026-12-06T23:30:00Z"), now, "Europe/Berlin")).toBe(1); // Monday 00:30 Berlin
    expect(weekOffsetOf(new Date("2026-11-23T12:00:00Z"), now, "Europe/Berlin")).toBe(-1);
    expect(weekOffsetOf(new Date("2027-04-01T12:00:00Z"), now, "Europe/Berlin")).toBe(17); // across the DST change
  });
});
