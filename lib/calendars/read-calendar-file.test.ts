import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCalendarServer, type CalendarServer } from "@/lib/platform/testing/calendar-server";
import { hostileCalendar } from "@/lib/platform/testing/hostile-calendar";
import { createCalendarThreads } from "./read-calendar-file";

const limits = { timeoutMs: 5_000, maxBytes: 5_000_000, allowPrivateAddresses: true };
const none = { etag: null, lastModified: null };
const window = { from: new Date("2026-12-07T00:00:00Z"), to: new Date("2027-03-10T00:00:00Z"), timeZone: "Europe/Berlin" };
let host: CalendarServer;

beforeAll(async () => {
  host = await startCalendarServer();
  host.serve("/storm.ics", hostileCalendar(10));
  host.serve("/big-storm.ics", hostileCalendar(38_000));
});
afterAll(() => host.close());

describe("reading a calendar in a thread of its own", () => {
  it("reads and expands a calendar, then hears 304 with the validators it was given", async () => {
    const threads = createCalendarThreads({ workBudgetMs: 30_000 });
    const first = await threads.read({ url: host.url("/calendars/weekly-with-exception.ics"), validators: none, limits, window });
    expect(first.status).toBe("ok");
    if (first.status !== "ok") return;
    expect(first.parsed.events).toBe(1);
    expect(first.parsed.busy[0]!.start).toBeInstanceOf(Date);
    const again = await threads.read({ url: host.url("/calendars/weekly-with-exception.ics"), validators: { etag: first.etag, lastModified: null }, limits, window });
    expect(again).toEqual({ status: "not-modified" });
  });

  it("reads a 1.3 KB file of events repeating every second since 1990 within budget, leaving the rest of each series out", async () => {
    const threads = createCalendarThreads({ workBudgetMs: 30_000 });
    const result = await threads.read({ url: host.url("/storm.ics"), validators: none, limits, window });
    expect(result.status === "ok" && result.parsed.leftOut).toHaveLength(10);
    // The occurrences expanded (the budget's first 1,500 seconds of each) are busy; nothing after.
    expect(result.status === "ok" && result.parsed.busy).toEqual([{ start: window.from, end: new Date(window.from.getTime() + 1_500_000) }]);
  });

  it("ends a read whose expansion passes the work budget, with a sentence for the coach", async () => {
    const threads = createCalendarThreads({ workBudgetMs: 1 });
    await expect(threads.read({ url: host.url("/big-storm.ics"), validators: none, limits, window })).rejects.toMatchObject({
      name: "CalendarParseError",
      message: expect.stringMatching(/needed more than 0 seconds of work, so it was stopped.*last good read still count/),
    });
  });

  it("says what the fetch said, and ends reads in progress on stopAll", async () => {
    const threads = createCalendarThreads({ workBudgetMs: 30_000 });
    await expect(threads.read({ url: host.url("/fail.ics"), validators: none, limits, window })).rejects.toMatchObject({ name: "CalendarFetchError", message: expect.stringContaining("500") });
    const reading = threads.read({ url: host.url("/silent.ics"), validators: none, limits, window });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await threads.stopAll();
    await expect(reading).rejects.toMatchObject({ name: "CalendarReadStopped" });
  });
});
