import { expect, test } from "./fixtures";
import { seriousViolations } from "./support/axe";
import { COACH_STATE } from "./support/accounts";

const ADMIN_PAGES = ["/admin", "/admin/routines", "/admin/routines/new", "/admin/bookings", "/admin/availability", "/admin/subscribers", "/admin/emails", "/admin/settings", "/admin/courses", "/admin/orders", "/admin/broadcasts", "/admin/broadcasts/new", "/admin/people", "/admin/testimonials", "/admin/testimonials/new"];

// The back office at a desktop width (playwright.config.ts): the coach works there; the public
// pages are checked at both widths.
test.describe("accessibility of the back office", () => {
  test.use({ storageState: COACH_STATE });
  for (const path of ADMIN_PAGES) {
    test(`no serious or critical axe violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
