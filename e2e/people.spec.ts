import postgres from "postgres";
import { expect, test } from "./fixtures";
import { stepIntoCourse } from "./support/checkout";
import { COACH_STATE } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { latestLink, uniqueEmail } from "./support/mailbox";

const COURSE = "/courses/healing-emotions";

/** Every table and column (public schema and the job queue) whose text still mentions `needle`. */
async function whereItStillIs(sql: postgres.Sql, needle: string) {
  const columns = await sql<{ schema: string; table: string; column: string }[]>`
    select table_schema as schema, table_name as table, column_name as column from information_schema.columns
    where table_schema in ('public', 'pgboss') and data_type in ('text', 'character varying', 'jsonb', 'json')`;
  const found: string[] = [];
  for (const { schema, table, column } of columns) {
    const [row] = await sql.unsafe<{ n: number }[]>(`select count(*)::int n from "${schema}"."${table}" where position($1 in lower("${column}"::text)) > 0`, [needle]);
    if (row!.n > 0) found.push(`${schema}.${table}.${column}`);
  }
  return found;
}

test("a reader signs up, books, buys and checks in; the coach sees it all on one page; they export it and erase it", async ({ page, browser }) => {
  // Four journeys, the coach's view, an export and an erasure: a long walk.
  test.setTimeout(120_000);
  const email = uniqueEmail("whole-person");
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    // 1. The newsletter.
    await page.goto("/newsletter");
    await page.getByLabel("First name (optional)").fill("Wren");
    await page.getByRole("main").getByLabel("Your email").fill(email);
    await page.getByRole("main").getByRole("button", { name: "Subscribe" }).click();
    await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
    await page.goto(await latestLink(page, email, /Please confirm/, /\/api\/newsletter\/confirm/));
    await expect(page.getByRole("heading", { name: "You are in" })).toBeVisible();

    // 2. A consultation: the last free time shown, which no other spec takes.
    await page.goto("/consultation");
    await page.getByRole("navigation", { name: "Days with free times" }).getByRole("link").last().click();
    const time = page.getByRole("list", { name: /^Free times on/ }).last().getByRole("link").last();
    await time.click();
    await expect(page.getByRole("heading", { name: "Almost there" })).toBeVisible();
    await page.getByLabel("Your name").fill("Wren Whole");
    await page.getByRole("main").getByLabel("Your email").fill(email);
    await page.getByLabel("What brings you here?").fill("Tight calves from running.");
    await page.getByLabel(/Where in your body/).selectOption("Lower back");
    await page.getByLabel(/I agree that my name/).check();
    await page.getByRole("button", { name: "Book this time" }).click();
    await expect(page.getByText("You are booked in.")).toBeVisible();

    // 3. The course, through the local checkout.
    await page.goto(COURSE);
    await page.getByRole("button", { name: "Buy the course, $149" }).first().click();
    await page.getByLabel("Email for the receipt").fill(email);
    await page.getByRole("button", { name: "Pay (test)" }).click();
    // Their account was made by this checkout, so the browser that paid is signed in at once.
    await stepIntoCourse(page);

    // 4. Signed in, a check-in after the tennis-ball routine.
    const saved = await page.evaluate(async () => {
      const response = await fetch("/api/check-ins", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ checkIns: [{ routineSlug: "tennis-ball-foot-release", before: 7, after: 3, completedAt: new Date().toISOString() }] }),
      });
      return response.status;
    });
    expect(saved).toBe(201);

    // The coach finds them and reads all four jobs, newest first, then writes a note.
    const coachContext = await browser.newContext({ storageState: COACH_STATE });
    const coach = await coachContext.newPage();
    await coach.goto(`/admin/people?q=${encodeURIComponent(email)}`);
    await expect(coach.getByText("Showing 1–1 of 1")).toBeVisible();
    const row = coach.getByRole("row").filter({ hasText: email });
    for (const tag of ["Reader", "Learner", "Booked", "Bought"]) await expect(row.getByText(tag, { exact: true })).toBeVisible();
    await row.getByRole("link", { name: "Wren Whole" }).click();
    await expect(coach.getByRole("heading", { level: 1, name: "Wren Whole" })).toBeVisible();
    const personUrl = coach.url();
    const titles = await coach.getByRole("list", { name: "Timeline" }).getByRole("listitem").allInnerTexts();
    const at = (text: string) => {
      const index = titles.findIndex((title) => title.includes(text));
      expect(index, `“${text}” on the timeline`).toBeGreaterThanOrEqual(0);
      return index;
    };
    const order = [at("Practised Tennis-ball foot release"), at("Bought Healing"), at("Booked a call for"), at("Confirmed their subscription"), at("Signed up to the newsletter")];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(titles[at("Booked a call for")]).toContain("What brings you here? “Tight calves from running.”");
    await expect(coach.getByRole("figure").filter({ hasText: "Tennis-ball foot release" })).toContainText("7 → 3");
    expect(await seriousViolations(coach)).toEqual([]);
    await coach.getByRole("textbox", { name: "What to remember" }).fill("Runs on Sundays; start gently.");
    await coach.getByRole("button", { name: "Add note" }).click();
    await expect(coach.getByRole("list", { name: "Timeline" }).getByRole("listitem").first()).toContainText("Runs on Sundays; start gently.");

    // The coach reaches the same person from an order.
    await coach.goto("/admin/orders?status=paid");
    await coach.getByRole("row").filter({ hasText: email }).getByRole("link", { name: email }).click();
    await expect(coach).toHaveURL(personUrl);

    // The person downloads everything held about them, once the address is proven (the receipt's button).
    await page.goto(await latestLink(page, email, /Your receipt and access/));
    await page.goto("/account");
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download my data (JSON)" }).click();
    const file = await downloading;
    const data = JSON.parse(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")));
    expect(data).toMatchObject({
      format: "stillpoint-personal-data",
      version: 1,
      email,
      newsletter: { status: "confirmed", firstName: "Wren" },
      bookings: [{ name: "Wren Whole", status: "confirmed" }],
      orders: [{ status: "paid", currency: "usd" }],
      checkIns: [{ routine: "Tennis-ball foot release", before: 7, after: 3 }],
      coachNotes: [{ note: "Runs on Sundays; start gently." }],
    });
    expect(file.suggestedFilename()).toMatch(/^stillpoint-data-whole-person-.*\.json$/);

    // And erases it, confirming from their mailbox.
    const [placed] = await sql<{ id: string }[]>`select id from orders where email = ${email}`;
    const orderId = placed!.id;
    await page.getByRole("button", { name: "Erase my data …" }).click();
    await expect(page.getByText(`We sent a link to ${email}.`)).toBeVisible();
    await page.goto(await latestLink(page, email, /Confirm: erase your data/, /\/account\/erase\?token=/));
    await expect(page.getByRole("heading", { name: "Erase your data" })).toBeVisible();
    await page.getByRole("button", { name: "Yes, erase everything" }).click();
    await expect(page.getByRole("heading", { name: "Your data is erased" })).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in/);

    // Nothing anywhere mentions them; the order stays for the accounts, anonymised.
    expect(await whereItStillIs(sql, email)).toEqual([]);
    const [kept] = await sql<{ email: string; status: string; user_id: string | null }[]>`select email, status::text, user_id from orders where id = ${orderId}`;
    expect(kept).toEqual({ email: `erased-${orderId}@erased.invalid`, status: "paid", user_id: null });
    const response = await coach.goto(personUrl);
    expect(response?.status()).toBe(404);
    await coach.goto(`/admin/people?q=${encodeURIComponent(email)}`);
    await expect(coach.getByText("Nobody matches.")).toBeVisible();
    await coachContext.close();
  } finally {
    await sql.end();
  }
});
