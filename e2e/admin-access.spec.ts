import { expect, test } from "./fixtures";
import { MEMBER_STATE } from "./support/accounts";
import { latestLink } from "./support/mailbox";

// An admin of its own (playwright.config.ts's ADMIN_EMAILS), so signing in here spends none of the
// coach's three links per half hour.
const FRONT_DESK = "frontdesk@example.com";

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
  "/admin/bookings/00000000-0000-4000-8000-000000000000",
  "/admin/bookings/00000000-0000-4000-8000-000000000000/move",
  "/admin/orders?refund=00000000-0000-4000-8000-000000000000",
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

test.describe("the back office is the coach's alone", () => {
  test("a signed-out visitor to any admin address is sent to sign in, and nothing of the back office shows", async ({ page }) => {
    for (const path of [...ADMIN_PAGES, ...ADMIN_ROUTES]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers().location, path).toBe("/sign-in?next=%2Fadmin");
      expect(await response.text(), path).not.toContain("Back office");
    }
    // The import takes a file's body; a stranger's upload is sent away before it is read.
    const upload = await page.request.post("/admin/subscribers/import", { data: "email\nintruder@example.com\n", headers: { "content-type": "text/csv" }, maxRedirects: 0 });
    expect(upload.status()).toBe(307);
    await page.goto("/admin/subscribers?q=intruder");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });

  test("the coach who types /admin before signing in finds her way in and lands back in the back office", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin$/);
    await page.getByLabel("Your email address").fill(FRONT_DESK);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await page.goto(await latestLink(page, FRONT_DESK, /sign-in link/));
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    // Found on a walk: the coach's first sign-in welcomed her like a new member. Her mailbox holds the link only.
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(FRONT_DESK)}`);
    await expect(page.getByRole("article", { name: /sign-in link/ }).first()).toBeVisible();
    await expect(page.getByRole("article", { name: /Welcome/ })).toHaveCount(0);
  });

  test.describe("signed in without the admin role", () => {
    test.use({ storageState: MEMBER_STATE });

    test("gets 404 on every admin page, the same 404 as any missing page", async ({ page }) => {
      await page.goto("/no-such-page-here");
      const publicTitle = await page.title();
      expect(publicTitle).toBe("Page not found");
      await page.goto("/account");
      await expect(page.getByText(/Signed in as member-/)).toBeVisible();
      for (const path of ADMIN_ROUTES) expect((await page.request.get(path)).status(), path).toBe(404);
      for (const path of ADMIN_PAGES) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByText("Back office")).toHaveCount(0);
        expect(await page.title(), path).toBe(publicTitle);
      }
      const upload = await page.request.post("/admin/subscribers/import", { data: "email\nintruder@example.com\n", headers: { "content-type": "text/csv" } });
      expect(upload.status()).toBe(404);
    });

    test("a middleware-subrequest header changes nothing", async ({ page }) => {
      await page.setExtraHTTPHeaders({ "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" });
      const response = await page.goto("/admin/settings");
      expect(response?.status()).toBe(404);
    });
  });
});
