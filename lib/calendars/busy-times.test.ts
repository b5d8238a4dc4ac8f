import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CalendarParseError, parseBusyTimes } from "./busy-times";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const window = { from: new Date("2026-12-01T00:00:00Z"), to: new Date("2027-06-01T00:00:00Z"), timeZone: "Europe/Berlin" };
const iso = (intervals: { start: Date; end: Date }[]) => intervals.map(({ start, end }) => `${start.toISOString()}/${end.toISOString()}`);

describe("parseBusyTimes", () => {
  it("expands a weekly event, leaves out the EXDATE and moves the RECURRENCE-ID occurrence", () => {
    const { busy, events } = parseBusyTimes(fixture("weekly-with-exception.ics"), window);
    expect(events).toBe(1);
    expect(iso(busy)).toEqual([
      "2027-01-05T09:00:00.000Z/2027-01-05T10:00:00.000Z",
      "2027-01-12T09:00:00.000Z/2027-01-12T10:00:00.000Z",
      // 19 January is an EXDATE; 26 January moved to Wednesday 27th, 14:00 Berlin
      "2027-01-27T13:00:00.000Z/2027-01-27T14:00:00.000Z",
      "2027-02-02T09:00:00.000Z/2027-02-02T10:00:00.000Z",
      "2027-02-09T09:00:00.000Z/2027-02-09T10:00:00.000Z",
    ]);
  });

  it("keeps the wall-clock time of a TZID series across a DST change", () => {
    const { busy } = parseBusyTimes(fixture("across-dst.ics"), window);
    // New York moves to summer time on 14 March 2027: 09:00 there is 14:00 UTC before, 13:00 after.
    expect(iso(busy)).toEqual([
      "2027-03-01T14:00:00.000Z/2027-03-01T15:00:00.000Z",
      "2027-03-08T14:00:00.000Z/2027-03-08T15:00:00.000Z",
      "2027-03-15T13:00:00.000Z/2027-03-15T14:00:00.000Z",
      "2027-03-22T13:00:00.000Z/2027-03-22T14:00:00.000Z",
    ]);
  });

  it("reads an all-day event as the whole day in the coach's zone", () => {
    expect(iso(parseBusyTimes(fixture("all-day.ics"), window).busy)).toEqual(["2027-01-14T23:00:00.000Z/2027-01-15T23:00:00.000Z"]);
    expect(iso(parseBusyTimes(fixture("all-day.ics"), { ...window, timeZone: "America/Los_Angeles" }).busy)).toEqual([
      "2027-01-15T08:00:00.000Z/2027-01-16T08:00:00.000Z",
    ]);
  });

  it("ignores events marked free and cancelled ones", () => {
    const { busy, events } = parseBusyTimes(fixture("free-and-busy.ics"), window);
    expect(events).toBe(1);
    expect(iso(busy)).toEqual(["2027-01-12T15:00:00.000Z/2027-01-12T15:30:00.000Z"]);
  });

  it("reads a zone the platform does not know (Outlook's Windows names) by the file's VTIMEZONE", () => {
    const text = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
      "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
      "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
      "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
      "END:VTIMEZONE",
      "BEGIN:VEVENT", "UID:outlook@stillpoint.test", "DTSTAMP:20261201T090000Z",
      "DTSTART;TZID=W. Europe Standard Time:20270601T090000", "DTEND;TZID=W. Europe Standard Time:20270601T093000", "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    expect(iso(parseBusyTimes(text, { ...window, to: new Date("2027-07-01T00:00:00Z") }).busy)).toEqual(["2027-06-01T07:00:00.000Z/2027-06-01T07:30:00.000Z"]);
  });

  it("keeps only what falls in the window, clipped to it", () => {
    const { busy } = parseBusyTimes(fixture("weekly-with-exception.ics"), { ...window, from: new Date("2027-02-02T09:30:00Z"), to: new Date("2027-02-05T00:00:00Z") });
    expect(iso(busy)).toEqual(["2027-02-02T09:30:00.000Z/2027-02-02T10:00:00.000Z"]);
  });

  it("stops a rule that never ends at the end of the window", () => {
    const text = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:daily@stillpoint.test", "DTSTART:20200101T070000Z", "DTEND:20200101T073000Z", "RRULE:FREQ=DAILY", "END:VEVENT", "END:VCALENDAR"].join("\r\n");
    const { busy } = parseBusyTimes(text, { ...window, from: new Date("2027-01-01T00:00:00Z"), to: new Date("2027-01-08T00:00:00Z") });
    expect(busy).toHaveLength(7);
  });

  it("refuses a web page with a sentence saying what to use instead", () => {
    expect(() => parseBusyTimes("<!doctype html><title>Sign in</title>", window)).toThrow(CalendarParseError);
    expect(() => parseBusyTimes("<!doctype html>", window)).toThrow(/ICS or iCal address/);
  });
});
