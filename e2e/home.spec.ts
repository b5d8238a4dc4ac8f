import { expect, test } from "./fixtures";


test.describe("home page", () => {
  test("introduces the coach and shows the seeded routines and course", async ({ page }) => {
    await page.goto("/");

    await expect(page).toHaveTitle(/Mira Holloway/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Ease for the body");

    const routines = page.getByRole("region", { name: /free routines/i });
    await expect(routines.getByRole("link", { name: "Tennis-ball foot release" })).toBeVisible();
    await expect(routines.getByRole("listitem").filter({ has: page.getByRole("article") })).toHaveCount(3);

    const course = page.getByRole("region", { name: /Healing \(e\)Motions/ });
    await expect(course).toContainText("$149");
    await expect(course.getByRole("link", { name: /see what you will learn/i })).toHaveAttribute(
      "href",
      "/courses/healing-emotions",
    );

    await expect(page.getByRole("region", { name: /not sure where to start/i }).getByRole("link")).toHaveAttribute(
      "href",
      "/consultation",
    );
  });

  test("the header reaches every part of the site", async ({ page, isMobile }) => {
    await page.goto("/");
    if (isMobile) await page.getByText("Menu", { exact: true }).click();
    const nav = page.getByRole("navigation", { name: "Main" }).locator("visible=true");
    for (const name of ["Routines", "Course", "Newsletter", "Book a free consultation"]) {
      await expect(nav.getByRole("link", { name })).toBeVisible();
    }
  });

  test("the header's Course opens the list of courses, and its card the course", async ({ page, isMobile }) => {
    await page.goto("/");
    if (isMobile) await page.getByText("Menu", { exact: true }).click();
    await page.getByRole("navigation", { name: "Main" }).locator("visible=true").getByRole("link", { name: "Course" }).click();
    await expect(page).toHaveURL(/\/courses$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Courses");
    // Found on a walk: on a phone the menu stayed open over the page it had opened.
    if (isMobile) await expect(page.getByRole("navigation", { name: "Main" }).locator("visible=true")).toHaveCount(0);
    const courses = page.getByRole("list", { name: "Courses" }).getByRole("listitem");
    await expect(courses).toHaveCount(1);
    await expect(courses.first()).toContainText("$149");
    await courses.first().getByRole("link", { name: /see what you will learn/i }).click();
    await expect(page).toHaveURL(/\/courses\/healing-emotions$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Healing (e)Motions");
  });

  test.describe("missing pages", () => {
    test.use({ expectedConsoleError: /status of 404.* at http:\/\/[^/]+\/this-page-does-not-exist$/ });

    test("a page that does not exist yet answers with a friendly 404", async ({ page }) => {
    const response = await page.goto("/this-page-does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("isn’t here");
    await expect(page.getByRole("link", { name: "Home" })).toHaveAttribute("href", "/");
    });
  });
});
