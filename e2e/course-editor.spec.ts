import postgres from "postgres";
import { expect, test } from "./fixtures";
import { COACH_STATE } from "./support/accounts";

test.use({ storageState: COACH_STATE });

/**
 * Issue 29, item 22 (failed on the build before the change): the course editor says when a part
 * is saved, and a lesson gets its routine and downloads from pickers, never typed syntax. A
 * course of its own, so the other specs' walks through the demo course are undisturbed.
 */
test("Save part says so; a routine and a download go into a lesson with buttons", async ({ page }) => {
  const unique = `${test.info().project.name}-${Date.now().toString(36)}`;
  const slug = `editor-${unique}`;
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  let courseId = "";
  try {
    const [course] = await sql<{ id: string }[]>`
      insert into courses (slug, title, price_amount, currency, status) values (${slug}, ${`Editor course ${unique}`}, 4900, 'usd', 'draft') returning id::text`;
    courseId = course!.id;
    await sql`insert into course_modules (course_id, position, title) values (${courseId}, 0, 'Part one')`;
  } finally {
    await sql.end();
  }

  await page.goto(`/admin/courses/${courseId}`);
  await page.getByLabel("Part 1 title").fill("Part one: arriving");
  await page.getByRole("button", { name: "Save part" }).click();
  await expect(page.getByText("Part 1 saved.")).toBeVisible();
  await expect(page.getByLabel("Part 1 title")).toHaveValue("Part one: arriving");

  await page.getByLabel("New lesson in this part").fill("Feet first");
  await page.getByRole("button", { name: "Add lesson" }).click();
  await expect(page).toHaveURL(/\/lessons\/[0-9a-f-]{36}$/);

  const body = page.getByRole("textbox", { name: "Lesson text" });
  await body.fill("Start on the floor.");
  await page.getByLabel("Routine to place").selectOption({ label: "Slow neck release" });
  await page.getByRole("button", { name: "Place it at the cursor" }).click();
  await expect(page.getByText("“Slow neck release” is placed in the lesson text.")).toBeVisible();
  await expect(body).toHaveValue("Start on the floor.\n\n::routine[slow-neck-release]\n");

  await page.getByRole("button", { name: "Add a download" }).click();
  await page.getByLabel("Name of download 1").fill("Practice sheet");
  await page.getByLabel("Link of download 1").fill("https://example.com/sheet.pdf");
  await page.getByRole("button", { name: "Save lesson" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("textbox", { name: "Lesson text" })).toHaveValue("Start on the floor.\n\n::routine[slow-neck-release]\n");
  await expect(page.getByLabel("Name of download 1")).toHaveValue("Practice sheet");
  await expect(page.getByLabel("Link of download 1")).toHaveValue("https://example.com/sheet.pdf");

  // A bad link is refused with the field's own words, and nothing is lost.
  await page.getByLabel("Link of download 1").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Save lesson" }).click();
  await expect(page.getByText(/⚠/).first()).toBeVisible();
  await expect(page.getByLabel("Name of download 1")).toHaveValue("Practice sheet");
});

/**
 * Found on a walk of the back office: a coach whose site was not seeded had no way to start a
 * course. New course asks for a title and a price, refuses what it cannot read keeping the rest,
 * and opens the new draft's editor.
 */
test("the coach starts a new course from the courses page, as a draft", async ({ page }) => {
  const title = `Calm under pressure ${test.info().project.name} ${Date.now().toString(36)}`;
  await page.goto("/admin/courses");
  await page.getByRole("link", { name: "New course" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Price").fill("a lot");
  await page.getByRole("button", { name: "Create the course" }).click();
  await expect(page.getByLabel("Price")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await page.getByLabel("Price").fill("149");
  await page.getByRole("button", { name: "Create the course" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Course created as a draft.")).toBeVisible();
  await expect(page.getByText("The sales page goes live when you publish the course")).toBeVisible();
  await page.goto("/admin/courses");
  await expect(page.getByText(title)).toBeVisible();
});
