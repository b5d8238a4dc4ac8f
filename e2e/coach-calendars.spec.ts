import { expect, test } from "./fixtures";
import { COACH_STATE } from "./support/accounts";
import { startCalendarServer, type CalendarServer } from "../lib/platform/testing/calendar-server";
import { hostileCalendar } from "../lib/platform/testing/hostile-calendar";

test.use({ storageState: COACH_STATE });
// Connected calendars close slots for everyone, so this runs once (project "coach"), on a day at
// the far end of the booking window that the visitors' journeys never book.
test.describe.configure({ mode: "serial" });

let host: CalendarServer;
test.beforeAll(async () => {
  host = await startCalendarServer();
});
test.afterAll(() => host.close());

interface FreeSlots {
  coachTimeZone: string;
  slots: { start: string }[];
}

test("the coach connects a calendar: its all-day event closes that day; a broken one is reported and blocks nothing", async ({ page, request }) => {
  const all: FreeSlots = await (await request.get(`/api/availability?to=${new Date(Date.now() + 60 * 86_400_000).toISOString()}`)).json();
  const lastStart = new Date(all.slots.at(-1)!.start);
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: all.coachTimeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(lastStart);
  const compact = day.replaceAll("-", "");
  const next = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + 1)).toISOString().slice(0, 10).replaceAll("-", "");
  host.serve(
    "/calendars/e2e-away.ics",
    ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Stillpoint e2e//EN", "BEGIN:VEVENT", "UID:away@stillpoint.test", "DTSTAMP:20261201T090000Z", "SUMMARY:Away", `DTSTART;VALUE=DATE:${compact}`, `DTEND;VALUE=DATE:${next}`, "END:VEVENT", "END:VCALENDAR"].join("\r\n"),
  );
  const slotsOnDay = async () => {
    const body: FreeSlots = await (await request.get(`/api/availability?from=${new Date(lastStart.getTime() - 86_400_000).toISOString()}&to=${new Date(lastStart.getTime() + 86_400_000).toISOString()}`)).json();
    return body.slots.filter((slot) => new Intl.DateTimeFormat("en-CA", { timeZone: all.coachTimeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(slot.start)) === day).length;
  };
  expect(await slotsOnDay()).toBeGreaterThan(0);

  await page.goto("/admin/availability");
  const calendars = page.getByRole("region", { name: "Your other calendars" });
  // A wrong address is refused with its reason, and what was typed stays.
  await calendars.getByLabel("Name").fill("Away days");
  await calendars.getByLabel("Secret calendar address").fill("ftp://calendar.example/away.ics");
  await calendars.getByRole("button", { name: "Add this calendar" }).click();
  await expect(calendars.getByText("The address must start with https://, http:// or webcal://.")).toBeVisible();
  await expect(calendars.getByLabel("Name")).toHaveValue("Away days");

  await calendars.getByLabel("Secret calendar address").fill(host.url("/calendars/e2e-away.ics"));
  await calendars.getByRole("button", { name: "Add this calendar" }).click();
  await expect(calendars.getByText("Added.")).toBeVisible();
  await expect.poll(slotsOnDay, { timeout: 20_000 }).toBe(0);
  await page.reload();
  await expect(calendars.getByRole("listitem").filter({ hasText: "Away days" })).toContainText(/Read (just now|1 minute ago) · 1 busy event/);

  await calendars.getByLabel("Name").fill("Broken");
  await calendars.getByLabel("Secret calendar address").fill(host.url("/fail.ics"));
  await calendars.getByRole("button", { name: "Add this calendar" }).click();
  await expect(calendars.getByText("Added.")).toBeVisible();
  await expect
    .poll(async () => {
      await page.reload();
      return calendars.getByRole("listitem").filter({ hasText: "Broken" }).textContent();
    }, { timeout: 20_000 })
    .toContain("Could not read it");
  await expect(calendars.getByRole("listitem").filter({ hasText: "Broken" })).toContainText("500 Internal Server Error");
  expect(await slotsOnDay()).toBe(0);
  expect((await request.get("/api/availability")).status()).toBe(200);

  // Removing them gives the day back.
  for (const label of ["Broken", "Away days"]) {
    await calendars.getByRole("button", { name: `Remove ${label}` }).click();
    await expect(calendars.getByRole("listitem").filter({ hasText: label })).toHaveCount(0);
  }
  await expect.poll(slotsOnDay).toBeGreaterThan(0);

  // An invitation repeating every second since 1990: read in a thread, expanded only up to its
  // budget, the rest left out (the day stays bookable), and the coach told which event it is.
  host.serve("/calendars/e2e-storm.ics", hostileCalendar(10));
  await calendars.getByLabel("Name").fill("Invitations");
  await calendars.getByLabel("Secret calendar address").fill(host.url("/calendars/e2e-storm.ics"));
  await calendars.getByRole("button", { name: "Add this calendar" }).click();
  await expect(calendars.getByText("Added.")).toBeVisible();
  const invitations = calendars.getByRole("listitem").filter({ hasText: "Invitations" });
  await expect
    .poll(async () => {
      await page.reload();
      return invitations.textContent();
    }, { timeout: 30_000 })
    .toContain("Left out:");
  await expect(invitations).toContainText(/A repeating event that began on (1 January 1990|31 December 1989)/);
  await expect(invitations).toContainText("repeats every second, more often than any appointment");
  expect(await slotsOnDay()).toBeGreaterThan(0);
  await calendars.getByRole("button", { name: "Remove Invitations" }).click();
  await expect(invitations).toHaveCount(0);
});
