import { describe, expect, it } from "vitest";
import { coachDay } from "./dashboard";

describe("the coach's day on the dashboard", () => {
  it("runs from her midnight to her next midnight, whatever the server's zone", () => {
    // 23:30 UTC on 7 December is already 8 December in Berlin.
    expect(coachDay(new Date("2026-12-07T23:30:00Z"), "Europe/Berlin")).toEqual({ from: new Date("2026-12-07T23:00:00Z"), to: new Date("2026-12-08T23:00:00Z") });
    expect(coachDay(new Date("2026-12-07T03:00:00Z"), "America/New_York")).toEqual({ from: new Date("2026-12-06T05:00:00Z"), to: new Date("2026-12-07T05:00:00Z") });
  });
  it("is 23 hours long on the day the clocks go forward", () => {
    const { from, to } = coachDay(new Date("2026-03-29T12:00:00Z"), "Europe/Berlin");
    expect((to.getTime() - from.getTime()) / 3_600_000).toBe(23);
  });
});
