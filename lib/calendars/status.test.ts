import { describe, expect, it } from "vitest";
import { ago, calendarStatus } from "./status";

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
