import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCalendarServer, type CalendarServer } from "@/lib/platform/testing/calendar-server";
import { calendarUrl, CalendarFetchError, fetchCalendar, isPrivateAddress } from "./fetch-calendar";

const limits = { timeoutMs: 1500, maxBytes: 5_000_000, allowPrivateAddresses: true };
const none = { etag: null, lastModified: null };
let host: CalendarServer;

beforeAll(async () => {
  host = await startCalendarServer();
});
afterAll(() => host.close());

describe("fetchCalendar", () => {
  it("reads a calendar and then asks again with its validators, getting a 304", async () => {
    const first = await fetchCalendar(host.url("/calendars/all-day.ics"), none, limits);
    expect(first.status).toBe("ok");
    if (first.status !== "ok") return;
    expect(first.body).toMatch(/^BEGIN:VCALENDAR/);
    expect(first.etag).toMatch(/^"/);
    const second = await fetchCalendar(host.url("/calendars/all-day.ics"), { etag: first.etag, lastModified: first.lastModified }, limits);
    expect(second).toEqual({ status: "not-modified" });
    expect(host.requests.at(-1)?.headers["if-none-match"]).toBe(first.etag);
    expect(host.requests.at(-1)?.headers["if-modified-since"]).toBe("Tue, 01 Dec 2026 09:00:00 GMT");
  });

  it("follows a redirect", async () => {
    expect((await fetchCalendar(host.url("/moved.ics"), none, limits)).status).toBe("ok");
  });

  it("turns a 500, a 404, a silent server and a 20 MB body into sentences", async () => {
    await expect(fetchCalendar(host.url("/fail.ics"), none, limits)).rejects.toThrow("The calendar server answered “500 Internal Server Error”");
    await expect(fetchCalendar(host.url("/gone.ics"), none, limits)).rejects.toThrow(/404 Not Found.*secret address/);
    await expect(fetchCalendar(host.url("/silent.ics"), none, limits)).rejects.toThrow("did not answer within 2 seconds");
    await expect(fetchCalendar(host.url("/huge.ics"), none, limits)).rejects.toThrow("larger than 5 MB");
  });

  it("never reads a private address unless allowed", async () => {
    const closed = { ...limits, allowPrivateAddresses: false };
    await expect(fetchCalendar(host.url("/calendars/all-day.ics"), none, closed)).rejects.toThrow("private network");
    await expect(fetchCalendar("http://localhost:1/calendar.ics", none, closed)).rejects.toThrow(CalendarFetchError);
    await expect(fetchCalendar("ftp://example.com/a.ics", none, closed)).rejects.toThrow("must start with https://");
  });
});

describe("addresses", () => {
  it("reads webcal as https and refuses other schemes", () => {
    expect(calendarUrl("webcal://p01-caldav.icloud.com/published/2/abc")?.toString()).toBe("https://p01-caldav.icloud.com/published/2/abc");
    expect(calendarUrl("javascript:alert(1)")).toBeNull();
    expect(calendarUrl("not a url")).toBeNull();
  });

  it("knows private and public addresses", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "192.168.1.1", "172.20.0.1", "169.254.169.254", "::1", "fd00::1", "::ffff:127.0.0.1", "0.0.0.0", "::7f00:1", "::a00:1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "100.64.0.1", "255.255.255.255", "not an address"]) expect(isPrivateAddress(address), address).toBe(true);
    for (const address of ["142.250.74.110", "17.253.144.10", "2a00:1450:4001:82b::200e"]) expect(isPrivateAddress(address), address).toBe(false);
  });
});
