import { expect, test } from "./fixtures";
import { COACH_STATE } from "./support/accounts";
import { smallPng } from "./support/pictures";

test.use({ storageState: COACH_STATE });

test.describe("the coach's face and what people say", () => {
  test("a new portrait, described, shows on the home, course and consultation pages", async ({ page, browser }) => {
    await page.goto("/admin/settings");
    // A fresh install has the seed's drawing.
    await expect(page.getByRole("img", { name: "Your current portrait" })).toBeVisible();
    await page.getByLabel("Replace the portrait").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: await smallPng("#c99a7c") });
    await page.getByLabel("What the portrait shows").fill("");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText(/Describe your portrait for people who cannot see it/)).toBeVisible();

    await page.getByLabel("Replace the portrait").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: await smallPng("#c99a7c") });
    await page.getByLabel("What the portrait shows").fill("Mira in a sunlit room, smiling.");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText(/Saved/).first()).toBeVisible();
    await expect(page.getByRole("img", { name: "Your current portrait" })).toHaveAttribute("src", /\/uploads\/portraits\//);

    const visitor = await (await browser.newContext()).newPage();
    for (const path of ["/", "/courses/healing-emotions", "/consultation"]) {
      await visitor.goto(path);
      await expect(visitor.getByRole("img", { name: "Mira in a sunlit room, smiling." }), path).toBeVisible();
    }
    await visitor.context().close();
  });

  test("a testimonial shows on the pages the coach ticks, with its photo, and goes when deleted", async ({ page, browser }) => {
    const quote = `After two weeks my back stopped aching in the mornings (${Date.now().toString(36)}).`;
    await page.goto("/admin/testimonials");
    await page.getByRole("link", { name: "Add a testimonial" }).click();
    await page.getByRole("button", { name: "Add testimonial" }).click();
    await expect(page.getByText("Write what they said.")).toBeVisible();
    await expect(page.getByText("Add their name, or first name and initial.")).toBeVisible();

    await page.getByLabel("What they said").fill(quote);
    await page.getByLabel("Their name").fill("Jonas R.");
    await page.getByLabel("Under the name (optional)").fill("Took the course in 2026");
    // A new testimonial starts on every page that shows them (issue 29: it used to start on the
    // home page only, so the course's sales page never had any); the coach unticks where it does not fit.
    for (const place of ["Home page", "Course page", "Consultation page"]) await expect(page.getByLabel(place)).toBeChecked();
    await page.getByLabel("Consultation page").uncheck();
    await page.getByLabel("Photo", { exact: true }).setInputFiles({ name: "jonas.png", mimeType: "image/png", buffer: await smallPng("#8a3a22") });
    await page.getByLabel("What the photo shows").fill("Jonas on a hiking trail.");
    await page.getByRole("button", { name: "Add testimonial" }).click();
    await expect(page.getByText("Saved. The pages that show it have it now.")).toBeVisible();

    const visitor = await (await browser.newContext()).newPage();
    for (const path of ["/", "/courses/healing-emotions"]) {
      await visitor.goto(path);
      const figure = visitor.getByRole("figure").filter({ hasText: quote });
      await expect(figure, path).toContainText("Jonas R.");
      await expect(figure.getByRole("img", { name: "Jonas on a hiking trail." })).toBeVisible();
    }
    await visitor.goto("/consultation");
    await expect(visitor.getByText(quote)).toHaveCount(0);

    await page.getByRole("button", { name: "Delete the testimonial from Jonas R." }).first().click();
    await expect(page.getByText("The testimonial was deleted.")).toBeVisible();
    await visitor.goto("/");
    await expect(visitor.getByText(quote)).toHaveCount(0);
    await visitor.context().close();
  });
});
