import { describe, expect, it } from "vitest";
import { ago, calendarStatus, leftOutNotice } from "./status";

const now = new Date("2027-01-01T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("calendarStatus", () => {
  it("says when it was read and what it holds", () => {
    expect(calendarStatus({ lastAttemptAt: minutesAgo(3), lastSuccessAt: minutesAgo(3), lastError: null, eventCount: 1, upcomingBusy: 5 }, now)).toEqual({
      tone: "ok",
      text: "Read 3 minutes ago · 1 busy event, 5 busy times in the booking window.",
    });
  });

  it("waits for the first read", () => {
    expect(calendarStatus({ lastAttemptAt: null, lastSuccessAt: null, lastError: null, eventCount: 0, upcomingBusy: 0 }, now).tone).toBe("waiting");
  });

  it("says what went wrong and what still counts", () => {
    const failing = { lastAttemptAt: minutesAgo(1), lastSuccessAt: minutesAgo(120), lastError: "The calendar server answered “500 Internal Server Error”.", eventCount: 2, upcomingBusy: 4 };
    expect(calendarStatus(failing, now).text).toBe(
      "Could not read it (1 minute ago): The calendar server answered “500 Internal Server Error”. Busy times from the last good read, 2 hours ago, still count. Booking carries on either way.",
    );
    expect(calendarStatus({ ...failing, lastSuccessAt: null }, now).text).toContain("Nothing from it counts as busy yet.");
  });

  it("rounds to words", () => {
    expect(ago(minutesAgo(0.2), now)).toBe("just now");
    expect(ago(minutesAgo(60 * 50), now)).toBe("2 days ago");
  });
});

describe("leftOutNotice", () => {
  const window = { to: new Date("2027-03-01T00:00:00Z"), timeZone: "Europe/Berlin" };
  const dense = { kind: "dense-event" as const, seriesStart: new Date("1990-01-01T00:00:00Z"), repeats: "every second", from: new Date("2026-12-07T09:25:00Z"), to: window.to };

  it("names the event by when it began, and says from when its times do not count", () => {
    expect(leftOutNotice([dense, dense, dense], window)).toBe(
      "A repeating event that began on 1 January 1990 at 01:00 repeats every second, more often than any appointment: from 7 December at 10:25 its times are not counted as busy, so visitors can still book them. If you did not make it, delete it from that calendar; if you need the time, block it in your availability. The same goes for 2 other repeating events in this calendar.",
    );
  });

  it("gives the end when its series ends inside the window, and nothing when nothing was left out", () => {
    expect(leftOutNotice([{ ...dense, to: new Date("2026-12-20T00:00:10Z") }], window)).toMatch(/from 7 December at 10:25 until 20 December at 01:00 its times/);
    expect(leftOutNotice([], window)).toBeNull();
  });

  it("says an event whose rule could not be read is left out", () => {
    expect(leftOutNotice([{ ...dense, kind: "unreadable-event", repeats: null, reason: "Same occurrence found twice." }], window)).toBe(
      "A repeating event that began on 1 January 1990 at 01:00 has a repeat rule that could not be read (Same occurrence found twice), so it is left out: its times are not counted as busy. Change or delete it in that calendar, or block the time in your availability.",
    );
  });
});

