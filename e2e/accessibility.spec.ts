import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { COACH_STATE } from "./support/accounts";

const PUBLIC_PAGES = ["/", "/newsletter", "/routines", "/routines?area=neck", "/routines/tennis-ball-foot-release", "/consultation", "/sign-in", "/sign-in/check-email", "/courses/healing-emotions", "/learn/healing-emotions/welcome", "/checkout/cancelled?course=healing-emotions", "/newsletter/archive"];
const ADMIN_PAGES = ["/admin", "/admin/routines", "/admin/routines/new", "/admin/bookings", "/admin/availability", "/admin/subscribers", "/admin/emails", "/admin/settings", "/admin/courses", "/admin/orders", "/admin/broadcasts", "/admin/broadcasts/new"];

async function seriousViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")})`);
}

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

  test.describe("back office", () => {
    test.use({ storageState: COACH_STATE });
    for (const path of ADMIN_PAGES) {
      test(`no serious or critical axe violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
});
