import postgres from "postgres";
import { expect, test } from "./fixtures";
import { signInWithEmail, uniqueEmail } from "./support/mailbox";

/**
 * A course of its own (so the other course specs' walk through every lesson is undisturbed): part
 * one open at once, part two a week after access began. A learner who joined two days ago sees
 * when part two opens, and cannot reach it by its address.
 */
test("a drip-locked part shows its opening date and refuses a direct address", async ({ page }) => {
  const unique = `${test.info().project.name}-${Date.now().toString(36)}`;
  const slug = `drip-${unique}`;
  const email = uniqueEmail("drip");
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    const [course] = await sql<{ id: string }[]>`
      insert into courses (slug, title, price_amount, currency, status) values (${slug}, ${`Drip course ${unique}`}, 4900, 'usd', 'published') returning id::text`;
    const [first] = await sql<{ id: string }[]>`insert into course_modules (course_id, position, title) values (${course!.id}, 0, 'Part one: arriving') returning id::text`;
    const [second] = await sql<{ id: string }[]>`
      insert into course_modules (course_id, position, title, opens_after_days) values (${course!.id}, 1, 'Part two: shaking it out', 7) returning id::text`;
    await sql`
      insert into lessons (course_id, module_id, position, slug, title, body, duration_seconds, status) values
        (${course!.id}, ${first!.id}, 0, 'arrive', 'Arrive', 'Settle in.', 300, 'published'),
        (${course!.id}, ${second!.id}, 0, 'shake', 'The first tremor', 'HELD-BACK-BODY', 300, 'published')`;
    const [user] = await sql<{ id: string }[]>`insert into users (email) values (${email}) returning id::text`;
    await sql`
      insert into enrollments (user_id, course_id, source, granted_at, safety_acknowledged_at)
      values (${user!.id}, ${course!.id}, 'complimentary', now() - interval '2 days', now() - interval '2 days')`;
    const opensOn = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(Date.now() + 5 * 86_400_000));

    await signInWithEmail(page, email);
    await page.goto(`/learn/${slug}/arrive`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Arrive");
    const outline = page.getByRole("complementary", { name: "Course outline" });
    await expect(outline.getByRole("paragraph").filter({ hasText: "Opens on" })).toHaveText(`Opens on ${opensOn}`);

    // The address of a lesson in the closed part shows the date, never the lesson.
    await page.goto(`/learn/${slug}/shake`);
    await expect(page.getByText(`This part opens on ${opensOn}.`)).toBeVisible();
    await expect(page.getByText("HELD-BACK-BODY")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Complete/ })).toHaveCount(0);
  } finally {
    await sql`delete from courses where slug = ${slug}`;
    await sql.end();
  }
});
