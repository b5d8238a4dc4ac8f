import { describe, expect, it } from "vitest";
import { parseDrip } from "../authoring/service";

describe("the part editor's drip fields", () => {
  it("reads days, or a date at midnight in the coach's zone, or neither", () => {
    expect(parseDrip(" 7 ", "", "Europe/Berlin")).toEqual({ ok: true, opensAfterDays: 7, opensAt: null });
    expect(parseDrip("", "2027-01-12", "Europe/Berlin")).toEqual({ ok: true, opensAfterDays: null, opensAt: new Date("2027-01-11T23:00:00Z") });
    expect(parseDrip("", "", "Europe/Berlin")).toEqual({ ok: true, opensAfterDays: null, opensAt: null });
  });

  it("refuses both at once, odd numbers and dates that do not exist", () => {
    expect(parseDrip("3", "2027-01-12", "UTC")).toMatchObject({ ok: false, errors: { opensAfterDays: "Open the part after some days or on a date, not both." } });
    for (const days of ["0", "1.5", "400", "soon"]) expect(parseDrip(days, "", "UTC")).toMatchObject({ ok: false, errors: { opensAfterDays: expect.stringContaining("1 to 365") } });
    for (const date of ["2027-02-30", "12/01/2027", "1850-01-01"]) expect(parseDrip("", date, "UTC")).toMatchObject({ ok: false, errors: { opensOn: "Pick a real date, like 2027-01-12." } });
  });
});
