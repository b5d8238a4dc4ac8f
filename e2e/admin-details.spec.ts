import postgres from "postgres";
import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { COACH_STATE } from "./support/accounts";

test.use({ storageState: COACH_STATE });

// Issue 29, items 21 and 23: each failed on the build before the change.
test("the dashboard lists today's calls, each a tap from its details", async ({ page }) => {
  const name = `Today ${Date.now().toString(36)}`;
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  let id = "";
  try {
    // A call in a few minutes: sooner than any visitor may book, so no journey's free times change;
    // phone and desktop each their own half hour (bookings may not overlap).
    const offset = test.info().project.name === "phone" ? 3 : 40;
    const [row] = await sql<{ id: string }[]>`
      insert into bookings (starts_at, ends_at, name, email, timezone, consent_at, manage_token_hash)
      values (now() + make_interval(mins => ${offset}), now() + make_interval(mins => ${offset + 30}), ${name}, ${`${name.replace(" ", "-").toLowerCase()}@example.com`}, 'Europe/London', now(), ${randomBytes(16).toString("hex")})
      returning id::text`;
    id = row!.id;
  } finally {
    await sql.end();
  }
  await page.goto("/admin");
  const today = page.getByRole("region", { name: "Today's calls" });
  await expect(today.getByRole("listitem").filter({ hasText: name })).toBeVisible();
  await today.getByRole("link", { name: `Details of the call with ${name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/bookings#booking-${id}$`));
  await expect(page.getByRole("article", { name: new RegExp(`^${name},`) })).toBeVisible();
});

test("the bookings page shows one line per call with details on demand, and no free-time lists", async ({ page }) => {
  const response = await page.goto("/admin/bookings");
  const html = await response!.text();
  // Before: every free time of three weeks, as options, under every upcoming booking.
  expect(html).not.toContain("Choose a free time");
  const details = page.locator("#details-heading ~ ul details").first();
  if (await details.count()) await expect(details).not.toHaveAttribute("open", "");
});

test("the people page makes no more requests once it has loaded", async ({ page }) => {
  await page.goto("/admin/people");
  await page.waitForLoadState("networkidle");
  const later: string[] = [];
  page.on("request", (request) => later.push(request.url()));
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(1500);
  expect(later.filter((url) => url.includes("/admin/people/"))).toEqual([]);
});
