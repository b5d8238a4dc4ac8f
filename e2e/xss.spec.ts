import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { COACH_STATE } from "./support/accounts";
import { uniqueEmail } from "./support/mailbox";

/** Each payload bumps window.__xss if it ever runs; the pages must show them as plain text. */
const IMG = `<img src=x onerror="window.__xss=(window.__xss||0)+1">`;
const SCRIPT = `<script>window.__xss=(window.__xss||0)+1</script>`;
const SVG = `"><svg onload="window.__xss=(window.__xss||0)+1">`;

async function expectNothingRan(page: Page, where: string) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), where).toBeUndefined();
}

test("script and event-handler payloads typed by visitors never run on any page the coach or they see", async ({ page, browser, request }) => {
  test.setTimeout(60_000);
  const email = uniqueEmail("xss");
  const name = `Sam ${IMG}`;

  // A booking whose name and intake answer are payloads (the time differs per project, so runs never race).
  // About nine days out, where no other journey books (the booking page shows one day at a time).
  const { slots }: { slots: { start: string }[] } = await (await request.get(`/api/availability?from=${new Date(Date.now() + 8 * 86_400_000).toISOString()}&to=${new Date(Date.now() + 13 * 86_400_000).toISOString()}`)).json();
  const start = slots[test.info().project.name === "phone" ? 9 : 13]!.start;
  await page.goto(`/consultation/book?start=${encodeURIComponent(start)}&tz=UTC`);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("main").getByLabel("Your email").fill(email);
  await page.getByLabel("What brings you here?").fill(`${SCRIPT} ${SVG}`);
  await page.getByLabel(/Where in your body/).selectOption("Lower back");
  await page.getByLabel(/I agree that my name/).check();
  await page.getByRole("button", { name: "Book this time" }).click();
  await expect(page.getByText("You are booked in.")).toBeVisible();
  await expectNothingRan(page, "the visitor's booking page");

  // A newsletter sign-up whose first name is a payload.
  await page.goto("/newsletter");
  await page.getByLabel("First name (optional)").fill(SVG);
  await page.getByRole("main").getByLabel("Your email").fill(email);
  await page.getByRole("main").getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  // The coach reads all of it.
  const coach = await browser.newContext({ storageState: COACH_STATE });
  const admin = await coach.newPage();
  await admin.goto("/admin/emails");
  await admin.getByRole("link", { name: /New consultation: Sam/ }).first().click();
  await expect(admin.getByRole("heading", { name: /New consultation: Sam/ })).toBeVisible();
  await expectNothingRan(admin, "the booking notification in the outbox");

  let found = false;
  for (let week = 0; week <= 3 && !found; week += 1) {
    await admin.goto(`/admin/bookings?week=${week}`);
    found = (await admin.getByText(name).count()) > 0;
  }
  expect(found, "the booking appears in the coach's week view").toBe(true);
  await expectNothingRan(admin, "the bookings week");
  // Its answers are on the call's own page (the week is one line per call).
  await admin.locator('#details-heading ~ ul a[href^="/admin/bookings/"]').filter({ hasText: name }).first().click();
  await expect(admin.getByText(`${SCRIPT} ${SVG}`).first()).toBeVisible();
  await expectNothingRan(admin, "the call's page");

  await admin.goto(`/admin/subscribers?q=${encodeURIComponent(email)}`);
  await expect(admin.getByRole("cell", { name: SVG })).toBeVisible();
  await expectNothingRan(admin, "the subscribers list");

  await admin.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await expectNothingRan(admin, "the mailbox");
  await coach.close();
});
