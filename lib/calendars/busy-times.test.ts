import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TZDate } from "@date-fns/tz";
import ICAL from "ical.js";
import { CalendarParseError, DEFAULT_BUDGET, mergeBusy, parseBusyTimes } from "./busy-times";

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

const calendarOf = (...events: string[][]) => ["BEGIN:VCALENDAR", "VERSION:2.0", ...events.flatMap((lines) => ["BEGIN:VEVENT", ...lines, "END:VEVENT"]), "END:VCALENDAR"].join("\r\n");
const everySecondSince1990 = (n: number) => ["UID:storm-" + n + "@attacker.test", "SUMMARY:Storm " + n, "DTSTART:19900101T000000Z", "DTEND:19900101T000001Z", "RRULE:FREQ=SECONDLY"];

describe("parseBusyTimes on rules that repeat for ever", () => {
  it("expands ten events repeating every second since 1990 only up to the budget, and says what it left out", () => {
    const text = calendarOf(...Array.from({ length: 10 }, (_, n) => everySecondSince1990(n)));
    expect(text.length).toBeLessThan(1500);
    const { busy, leftOut, events } = parseBusyTimes(text, window);
    expect(events).toBe(10);
    // Expansion began at the window (not in 1990) and stopped after the allowed occurrences: those
    // are busy, the rest of each series is not, so an invitation cannot close the booking page.
    const stop = new Date(window.from.getTime() + (DEFAULT_BUDGET.occurrencesPerEvent - 1) * 1000);
    expect(iso(busy)).toEqual([`${window.from.toISOString()}/${new Date(stop.getTime() + 1000).toISOString()}`]);
    expect(leftOut).toHaveLength(10);
    expect(leftOut[0]).toEqual({ kind: "dense-event", seriesStart: new Date("1990-01-01T00:00:00Z"), repeats: "every second", from: stop, to: window.to });
  });

  it("starts a daily rule from 1990 near the window, with the same occurrences and the wall clock kept across DST", () => {
    const text = calendarOf(["UID:daily-1990@stillpoint.test", "DTSTART;TZID=Europe/Berlin:19900101T090000", "DTEND;TZID=Europe/Berlin:19900101T100000", "RRULE:FREQ=DAILY"]);
    const { busy, leftOut } = parseBusyTimes(text, window);
    expect(leftOut).toEqual([]);
    expect(busy).toHaveLength(182);
    expect(iso(busy.slice(0, 1))).toEqual(["2026-12-01T08:00:00.000Z/2026-12-01T09:00:00.000Z"]);
    // Berlin is on summer time from 28 March 2027: 09:00 there is 07:00 UTC.
    expect(iso(busy.slice(-1))).toEqual(["2027-05-31T07:00:00.000Z/2027-05-31T08:00:00.000Z"]);
  });

  it("keeps a weekly rule's days when it starts long ago, with an EXDATE inside the window", () => {
    const text = calendarOf([
      "UID:weekly-2001@stillpoint.test", "DTSTART:20010101T170000Z", "DTEND:20010101T180000Z",
      "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", "EXDATE:20261214T170000Z",
    ]);
    const { busy } = parseBusyTimes(text, { ...window, to: new Date("2026-12-20T00:00:00Z") });
    // 1 January 2001 was a Monday, and 30 November 2026 is 1,352 weeks later: a week of the series.
    expect(iso(busy)).toEqual(["2026-12-02T17:00:00.000Z/2026-12-02T18:00:00.000Z", "2026-12-16T17:00:00.000Z/2026-12-16T18:00:00.000Z"]);
  });

  it("counts a COUNT from the series' real start", () => {
    // 13,000 days from 1 January 1990 end in August 2025; 20,000 days end in 2044.
    const ended = calendarOf(["UID:count-ended@stillpoint.test", "DTSTART:19900101T090000Z", "DTEND:19900101T093000Z", "RRULE:FREQ=DAILY;COUNT=13000"]);
    expect(parseBusyTimes(ended, window).busy).toEqual([]);
    const running = calendarOf(["UID:count-running@stillpoint.test", "DTSTART:19900101T090000Z", "DTEND:19900101T093000Z", "RRULE:FREQ=DAILY;COUNT=20000"]);
    expect(parseBusyTimes(running, window).busy).toHaveLength(182);
    const short = calendarOf(["UID:count-short@stillpoint.test", "DTSTART:19900101T090000Z", "DTEND:19900101T093000Z", "RRULE:FREQ=SECONDLY;COUNT=5"]);
    expect(parseBusyTimes(short, window)).toMatchObject({ busy: [], leftOut: [] });
  });

  it("says the series' UNTIL is where what was left out ends", () => {
    const text = calendarOf(["UID:until@stillpoint.test", "SUMMARY:Ping", "DTSTART:19900101T000000Z", "DTEND:19900101T000010Z", "RRULE:FREQ=MINUTELY;UNTIL=20261220T000000Z"]);
    const { busy, leftOut } = parseBusyTimes(text, window);
    expect(leftOut).toMatchObject([{ seriesStart: new Date("1990-01-01T00:00:00Z"), repeats: "every minute", to: new Date("2026-12-20T00:00:10Z") }]);
    expect(busy).toHaveLength(DEFAULT_BUDGET.occurrencesPerEvent);
  });

  it("past the calendar's whole budget, every repeating event left is left out from its start, and said", () => {
    const text = calendarOf(
      ["UID:a@stillpoint.test", "SUMMARY:Walk", "DTSTART:20261201T120000Z", "DTEND:20261201T130000Z", "RRULE:FREQ=DAILY"],
      ["UID:b@stillpoint.test", "SUMMARY:Swim", "DTSTART:20261202T170000Z", "DTEND:20261202T180000Z", "RRULE:FREQ=DAILY"],
    );
    const { busy, leftOut } = parseBusyTimes(text, window, { ...DEFAULT_BUDGET, stepsPerCalendar: 3 });
    // Walk: three steps, the third of which ran out the budget before it was counted; Swim: none.
    expect(iso(busy)).toEqual(["2026-12-01T12:00:00.000Z/2026-12-01T13:00:00.000Z", "2026-12-02T12:00:00.000Z/2026-12-02T13:00:00.000Z", "2026-12-03T12:00:00.000Z/2026-12-03T13:00:00.000Z"]);
    expect(leftOut.map((notice) => [notice.seriesStart.toISOString(), notice.from.toISOString()])).toEqual([["2026-12-01T12:00:00.000Z", "2026-12-03T12:00:00.000Z"], ["2026-12-02T17:00:00.000Z", "2026-12-02T17:00:00.000Z"]]);
  });

  it("gives the same occurrences as walking each rule from its start", () => {
    // The reference walks ical.js's own iterator from DTSTART (2023, so it stays cheap).
    const rules = ["FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", "FREQ=HOURLY;INTERVAL=7;BYHOUR=9,16", "FREQ=DAILY;BYMONTH=1,3", "FREQ=MINUTELY;INTERVAL=45;BYHOUR=10;BYDAY=TU", "FREQ=WEEKLY;COUNT=205", "FREQ=DAILY;COUNT=1440"];
    const small = { from: new Date("2026-12-01T00:00:00Z"), to: new Date("2027-04-01T00:00:00Z"), timeZone: "Europe/Berlin" };
    for (const rule of rules) {
      for (const start of ["DTSTART;TZID=Europe/Berlin:20230104T101500", "DTSTART:20230104T101500Z"]) {
        const lines = ["UID:reference@stillpoint.test", start, "DURATION:PT30M", `RRULE:${rule}`];
        const event = new ICAL.Event(new ICAL.Component(ICAL.parse(calendarOf(lines)) as unknown as unknown[]).getFirstSubcomponent("vevent")!);
        const expected: string[] = [];
        const iterator = event.iterator();
        for (let next = iterator.next(); next && next.toJSDate() < small.to; next = iterator.next()) {
          const startsAt = next.zone === ICAL.Timezone.utcTimezone ? next.toJSDate() : new Date(new TZDate(next.year, next.month - 1, next.day, next.hour, next.minute, next.second, "Europe/Berlin").getTime());
          const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
          if (endsAt > small.from) expected.push(`${new Date(Math.max(startsAt.getTime(), small.from.getTime())).toISOString()}/${endsAt.toISOString()}`);
        }
        const got = iso(parseBusyTimes(calendarOf(lines), small).busy);
        expect(got.length, `${rule} ${start}`).toBeGreaterThan(0);
        expect(got, `${rule} ${start}`).toEqual(iso(mergeBusy(expected.map((pair) => ({ start: new Date(pair.split("/")[0]!), end: new Date(pair.split("/")[1]!) })))));
      }
    }
  });

  it("leaves out an event whose rule ical.js cannot expand, says so, and keeps the calendar's other events", () => {
    const everyWeekdayOfTheYear = Array.from({ length: 107 }, (_, index) => index - 53)
      .filter((week) => week !== 0)
      .flatMap((week) => ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].map((day) => `${week}${day}`))
      .join(",");
    const text = calendarOf(
      ["UID:unreadable@stillpoint.test", "DTSTART:19000101T000000Z", "DTEND:19000101T010000Z", `RRULE:FREQ=YEARLY;BYDAY=${everyWeekdayOfTheYear};COUNT=100000000`],
      ["UID:dentist@stillpoint.test", "DTSTART:20270112T150000Z", "DTEND:20270112T153000Z"],
    );
    const { busy, leftOut } = parseBusyTimes(text, window);
    expect(iso(busy)).toContain("2027-01-12T15:00:00.000Z/2027-01-12T15:30:00.000Z");
    expect(leftOut).toMatchObject([{ kind: "unreadable-event", seriesStart: new Date("1900-01-01T00:00:00Z"), reason: expect.stringMatching(/./) }]);
  });
});

