import { expect, test } from "./fixtures";
import { COACH_STATE } from "./support/accounts";
import { ADMIN_NAV } from "../app/admin/admin-nav";

test.use({ storageState: COACH_STATE });

/** Whether a link lies wholly inside its nav's visible box and the window (not scrolled or clipped away). */
const whollyInView = (link: import("@playwright/test").Locator) =>
  link.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const nav = element.closest("nav")!.getBoundingClientRect();
    return box.left >= nav.left - 1 && box.right <= nav.right + 1 && box.left >= 0 && box.right <= window.innerWidth + 1;
  });

test("the back office's menu shows where you are, and no section hides behind its edge", async ({ page, isMobile }) => {
  await page.goto("/admin/settings");
  const nav = page.getByRole("navigation", { name: "Back office" });
  const settings = nav.getByRole("link", { name: "Settings" });
  await expect(settings).toHaveAttribute("aria-current", "page");
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  // On a phone the menu scrolls sideways, with the current section brought into view; wider, it wraps.
  await expect.poll(() => whollyInView(settings)).toBe(true);
  if (!isMobile) for (const item of ADMIN_NAV) expect(await whollyInView(nav.getByRole("link", { name: item.label, exact: true })), item.label).toBe(true);

  // A page inside a section marks its section.
  await page.goto("/admin/routines/new");
  await expect(nav.getByRole("link", { name: "Routines" })).toHaveAttribute("aria-current", "page");
  // "View site" is a full-size tap target.
  expect((await page.getByRole("link", { name: "View site" }).boundingBox())!.height).toBeGreaterThanOrEqual(44);
});
