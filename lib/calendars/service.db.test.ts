import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availabilityRules, bookingSettings, externalBusyTimes, externalCalendars } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { createBookingService } from "@/lib/booking/service";
import { hostileCalendar } from "@/lib/platform/testing/hostile-calendar";
import { startCalendarServer, type CalendarServer } from "@/lib/platform/testing/calendar-server";
import { readCalendarHere } from "./read-calendar-file";
import { createCalendarService, type CalendarService } from "./service";

const database = freshTestDatabase();
const coach = { name: "Mira Holloway", email: "coach@example.com", timeZone: "Europe/Berlin" };
let clock = new Date("2027-01-01T08:00:00Z");
let host: CalendarServer;
let calendars: CalendarService;
const queued: string[] = [];
let changes = 0;

beforeAll(async () => {
  host = await startCalendarServer();
  const { db } = database();
  // The coach works 09:00–17:00 Berlin on weekdays, in 60-minute calls, bookable 90 days ahead.
  await db.update(bookingSettings).set({ slotMinutes: 60, minNoticeMinutes: 0, horizonDays: 90 });
  await db.insert(availabilityRules).values([1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 17 * 60 })));
  calendars = createCalendarService({
    db,
    queueRead: async (_tx, id) => void queued.push(id),
    coachTimeZone: async () => coach.timeZone,
    intervalMs: 5 * 60_000,
    limits: { timeoutMs: 1000, maxBytes: 5_000_000, allowPrivateAddresses: true },
    readFile: readCalendarHere,
    onBusyTimesChanged: () => void (changes += 1),
    now: () => clock,
  });
});
afterAll(() => host.close());

function booking() {
  const { db } = database();
  return createBookingService({
    db,
    coach: async () => coach,
    appUrl: "https://coach.example",
    secret: "test-secret-test-secret-test-secret",
    now: () => clock,
    scheduleReminder: async () => {},
    email: { sendEmail: async () => undefined as never },
  });
}

const berlinHours = async (day: string) =>
  (await booking().availableSlots(new Date(`${day}T00:00:00Z`), new Date(`${day}T23:59:59Z`))).map((slot) =>
    slot.start.toLocaleTimeString("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" }),
  );
const ALL_DAY = ["09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"];

async function connect(label: string, path: string) {
  const added = await calendars.add({ label, address: host.url(path) });
  if (!added.ok) throw new Error(JSON.stringify(added.errors));
  expect(queued.at(-1)).toBe(added.id);
  return added.id;
}

describe("the coach's other calendars", () => {
  it("a weekly event with an exception removes exactly its slots; the moved occurrence blocks its new time", async () => {
    const id = await connect("Studio", "/calendars/weekly-with-exception.ics");
    expect(await calendars.read(id)).toBe("read");
    expect(changes).toBe(1);
    expect(await berlinHours("2027-01-12")).toEqual(ALL_DAY.filter((hour) => hour !== "10:00"));
    expect(await berlinHours("2027-01-19")).toEqual(ALL_DAY); // EXDATE
    expect(await berlinHours("2027-01-26")).toEqual(ALL_DAY); // moved away …
    expect(await berlinHours("2027-01-27")).toEqual(ALL_DAY.filter((hour) => hour !== "14:00")); // … to here
    const [listed] = await calendars.list();
    expect(listed).toMatchObject({ label: "Studio", host: host.origin.slice(7), eventCount: 1, upcomingBusy: 5, lastError: null });
    expect(listed?.lastSuccessAt).toEqual(clock);
  });

  it("an all-day event closes the day; a free event closes nothing", async () => {
    await calendars.read(await connect("Retreats", "/calendars/all-day.ics"));
    await calendars.read(await connect("Errands", "/calendars/free-and-busy.ics"));
    expect(await berlinHours("2027-01-15")).toEqual([]);
    // 09:00Z free (TRANSPARENT) and 13:00Z cancelled stay open; the dentist at 15:00–15:30Z closes 16:00 Berlin.
    expect(await berlinHours("2027-01-12")).toEqual(["09:00", "11:00", "12:00", "13:00", "14:00", "15:00"]);
  });

  it("a recurring TZID event across a DST change removes the same wall-clock hour of its own zone", async () => {
    clock = new Date("2027-02-25T08:00:00Z");
    await calendars.read(await connect("Supervision", "/calendars/across-dst.ics"));
    // 09:00 New York is 15:00 Berlin until the US changes clocks on 14 March, then 14:00 (Berlin changes on 28 March).
    expect(await berlinHours("2027-03-08")).toEqual(ALL_DAY.filter((hour) => hour !== "15:00"));
    expect(await berlinHours("2027-03-15")).toEqual(ALL_DAY.filter((hour) => hour !== "14:00"));
    expect(await berlinHours("2027-03-29")).toEqual(ALL_DAY);
  });

  it("the booking transaction refuses a time a calendar holds, even when the request names it", async () => {
    clock = new Date("2027-01-01T08:00:00Z");
    const result = await booking().book(
      { start: new Date("2027-01-12T09:00:00Z"), name: "Sam Reader", email: "sam@example.com", timezone: "Europe/Berlin", answers: {}, consent: true },
      null,
    );
    expect(result).toMatchObject({ ok: false, reason: "unavailable" });
  });

  it("asks with its validators next time and keeps the busy times on a 304", async () => {
    const { db } = database();
    const [studio] = await db.select().from(externalCalendars).where(eq(externalCalendars.label, "Studio"));
    const before = await db.$count(externalBusyTimes, eq(externalBusyTimes.calendarId, studio!.id));
    clock = new Date("2027-01-01T08:05:00Z");
    expect(await calendars.read(studio!.id)).toBe("unchanged");
    expect(host.requests.at(-1)?.headers["if-none-match"]).toBe(studio!.etag);
    expect(await db.$count(externalBusyTimes, eq(externalBusyTimes.calendarId, studio!.id))).toBe(before);
  });

  it("a 500, a 20 MB body or a web page is reported in words and never blocks booking; the last good busy times stay", async () => {
    const { db } = database();
    const [studio] = await db.select().from(externalCalendars).where(eq(externalCalendars.label, "Studio"));
    await db.update(externalCalendars).set({ url: host.url("/fail.ics") }).where(eq(externalCalendars.id, studio!.id));
    expect(await calendars.read(studio!.id)).toBe("failed");
    expect(await berlinHours("2027-01-12")).not.toContain("10:00"); // the last good read still counts

    for (const [path, error] of [["/huge.ics", "larger than 5 MB"], ["/page.ics", "BEGIN:VCALENDAR"], ["/silent.ics", "did not answer"]] as const) {
      const id = await connect(`Broken ${path}`, path);
      expect(await calendars.read(id)).toBe("failed");
      expect((await calendars.list()).find((calendar) => calendar.id === id)).toMatchObject({ lastError: expect.stringContaining(error), lastSuccessAt: null, upcomingBusy: 0 });
    }
    const listed = (await calendars.list()).find((calendar) => calendar.id === studio!.id);
    expect(listed?.lastError).toContain("500");
    expect(listed?.lastSuccessAt).not.toBeNull();
    expect(await booking().availableSlots(new Date("2027-01-13T00:00:00Z"), new Date("2027-01-14T00:00:00Z"))).toHaveLength(8);
  });

  it("refuses a second copy of an address and an eleventh calendar, changing nothing", async () => {
    const { db } = database();
    const again = await calendars.add({ label: "Again", address: host.url("/calendars/all-day.ics") });
    expect(again).toEqual({ ok: false, errors: { address: "This calendar is already connected." } });
    while ((await db.$count(externalCalendars)) < 10) await connect(`Filler ${Math.random()}`, `/filler-${Math.random()}.ics`);
    const count = await db.$count(externalCalendars);
    expect(await calendars.add({ label: "One more", address: host.url("/one-more.ics") })).toMatchObject({ ok: false, errors: { form: expect.stringContaining("up to 10") } });
    expect(await db.$count(externalCalendars)).toBe(count);
  });

  it("removing a calendar frees its times; a read of a removed calendar does nothing", async () => {
    const { db } = database();
    const [retreats] = await db.select().from(externalCalendars).where(eq(externalCalendars.label, "Retreats"));
    expect(await calendars.remove(retreats!.id)).toBe(true);
    expect(await berlinHours("2027-01-15")).toEqual(ALL_DAY);
    expect(await calendars.read(retreats!.id)).toBe("gone");
  });

  it("an invitation repeating every second since 1990 cannot close the booking page, and the coach is told which event it is", async () => {
    clock = new Date("2027-01-01T08:00:00Z");
    host.serve("/storm.ics", hostileCalendar(10));
    const id = await connect("Invitations", "/storm.ics");
    expect(await calendars.read(id)).toBe("read");
    // What the other calendars hold, and nothing more: the studio's 10:00 and the dentist's 16:00.
    expect(await berlinHours("2027-01-12")).toEqual(["09:00", "11:00", "12:00", "13:00", "14:00", "15:00"]);
    expect(await berlinHours("2027-03-03")).toEqual(ALL_DAY);
    const listed = (await calendars.list()).find((calendar) => calendar.id === id);
    expect(listed?.readNotice).toMatch(/^A repeating event that began on 1 January 1990 at 01:00 repeats every second, more often than any appointment: from 31 December at 09:24 its times are not counted as busy.* The same goes for 9 other repeating events/);
    // The storm deleted from the calendar: the next read finds none, and the words go.
    host.serve("/storm.ics", hostileCalendar(0));
    clock = new Date("2027-01-02T08:00:00Z");
    expect(await calendars.read(id)).toBe("read");
    expect((await calendars.list()).find((calendar) => calendar.id === id)?.readNotice).toBeNull();
    await calendars.remove(id);
  });

  it("the periodic tick queues each due calendar once, however many instances tick at once", async () => {
    const { db } = database();
    await db.update(externalCalendars).set({ nextSyncAt: new Date("2027-01-01T00:00:00Z") });
    queued.length = 0;
    const counts = await Promise.all(Array.from({ length: 4 }, () => calendars.queueDue()));
    const total = await db.$count(externalCalendars);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(new Set(queued).size).toBe(total);
    expect(await calendars.queueDue()).toBe(0);
  });
});

describe("adding calendars at once", () => {
  it("thirty tabs adding different addresses never pass the limit of ten", async () => {
    const { db } = database();
    await db.delete(externalCalendars);
    const results = await Promise.all(Array.from({ length: 30 }, (_, index) => calendars.add({ label: `Tab ${index}`, address: host.url(`/tab-${index}.ics`) })));
    expect(results.filter((result) => result.ok)).toHaveLength(10);
    expect(await db.$count(externalCalendars)).toBe(10);
  });
});
