import { describe, expect, it } from "vitest";
import { formatIntervals, parseIntervals } from "./intervals";

describe("opening-hours text", () => {
  it("reads several ranges, in any order, and writes them back the same way", () => {
    const parsed = parseIntervals("14:00-17:00, 9:00–12:30");
    expect(parsed).toEqual({ ok: true, intervals: [{ startMinute: 540, endMinute: 750 }, { startMinute: 840, endMinute: 1020 }] });
    if (parsed.ok) expect(formatIntervals(parsed.intervals)).toBe("09:00-12:30, 14:00-17:00");
  });

  it("treats an empty day as closed", () => {
    expect(parseIntervals("  ")).toEqual({ ok: true, intervals: [] });
  });

  it("explains what is wrong", () => {
    expect(parseIntervals("9 to 5")).toEqual({ ok: false, error: "“9 to 5” is not a time range. Use times like 09:00-12:00, separated by commas." });
    expect(parseIntervals("12:00-09:00")).toEqual({ ok: false, error: "In “12:00-09:00” the end must be after the start." });
    expect(parseIntervals("09:00-12:00, 11:00-13:00")).toEqual({ ok: false, error: "Two of these ranges overlap; join them into one." });
    expect(parseIntervals("25:00-26:00")).toMatchObject({ ok: false });
  });

  it("allows a day to run to midnight", () => {
    expect(parseIntervals("20:00-24:00")).toEqual({ ok: true, intervals: [{ startMinute: 1200, endMinute: 1440 }] });
  });
});
