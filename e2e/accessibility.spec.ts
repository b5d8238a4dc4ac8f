import { expect, test } from "./fixtures";
import { seriousViolations } from "./support/axe";

const PUBLIC_PAGES = ["/", "/newsletter", "/routines", "/routines?area=neck", "/routines/tennis-ball-foot-release", "/consultation", "/sign-in", "/sign-in/check-email", "/courses/healing-emotions", "/learn/healing-emotions/welcome", "/checkout/cancelled?course=healing-emotions", "/newsletter/archive"];

test.describe("accessibility", () => {
  for (const path of PUBLIC_PAGES) {
    test(`no serious or critical axe violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test("the guided player has no serious violations", async ({ page }) => {
    await page.goto("/routines/tennis-ball-foot-release");
    await page.getByRole("button", { name: "Start with the timer" }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
