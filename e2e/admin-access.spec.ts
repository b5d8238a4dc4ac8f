import { expect, test } from "./fixtures";
import { MEMBER_STATE } from "./support/accounts";

const ADMIN_PAGES = [
  "/admin",
  "/admin/settings",
  "/admin/emails",
  "/admin/emails?status=failed",
  "/admin/emails/00000000-0000-4000-8000-000000000000",
  "/admin/routines",
  "/admin/routines/new",
  "/admin/routines/00000000-0000-4000-8000-000000000000",
  "/admin/bookings",
  "/admin/availability",
  "/admin/subscribers",
  "/admin/courses",
  "/admin/courses/00000000-0000-4000-8000-000000000000",
  "/admin/courses/00000000-0000-4000-8000-000000000000/learners",
  "/admin/orders",
  "/admin/broadcasts",
  "/admin/broadcasts/new",
  "/admin/broadcasts/00000000-0000-4000-8000-000000000000",
  "/admin/people",
  "/admin/people?q=a&filter=bought",
  "/admin/people/00000000-0000-4000-8000-000000000000",
  "/admin/testimonials",
  "/admin/testimonials/new",
  "/admin/testimonials/00000000-0000-4000-8000-000000000000",
];
// Route handlers (downloads) are asked directly rather than navigated to.
const ADMIN_ROUTES = ["/admin/subscribers/export", "/admin/people/00000000-0000-4000-8000-000000000000/export"];

// A 404 page logs the browser's own "failed to load resource" line; that is the expected outcome here.
test.use({ expectedConsoleError: /status of 404/ });

test.describe("the back office is invisible to anyone but the coach", () => {
  test("anonymous visitors get 404 on every admin page, the same 404 as any missing page", async ({ page }) => {
    await page.goto("/no-such-page-here");
    const publicTitle = await page.title();
    expect(publicTitle).toBe("Page not found");
    for (const path of ADMIN_ROUTES) expect((await page.request.get(path)).status(), path).toBe(404);
    for (const path of ADMIN_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByText("Back office")).toHaveCount(0);
      expect(await page.title(), path).toBe(publicTitle);
    }
    // The import takes a file's body; a stranger's upload is refused before it is read.
    const upload = await page.request.post("/admin/subscribers/import", { data: "email\nintruder@example.com\n", headers: { "content-type": "text/csv" } });
    expect(upload.status()).toBe(404);
  });

  test.describe("signed in without the admin role", () => {
    test.use({ storageState: MEMBER_STATE });

    test("gets 404 on every admin page", async ({ page }) => {
      await page.goto("/account");
      await expect(page.getByText(/Signed in as member-/)).toBeVisible();
      for (const path of ADMIN_ROUTES) expect((await page.request.get(path)).status(), path).toBe(404);
      for (const path of ADMIN_PAGES) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
      }
    });

    test("a middleware-subrequest header changes nothing", async ({ page }) => {
      await page.setExtraHTTPHeaders({ "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" });
      const response = await page.goto("/admin/settings");
      expect(response?.status()).toBe(404);
    });
  });
});
