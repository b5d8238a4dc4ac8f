import { expect, test } from "./fixtures";
import { COACH_STATE, MEMBER_STATE } from "./support/accounts";

const ADMIN_PAGES = ["/admin", "/admin/settings", "/admin/emails", "/admin/emails?status=failed", "/admin/emails/00000000-0000-4000-8000-000000000000"];

// A 404 page logs the browser's own "failed to load resource" line; that is the expected outcome here.
test.use({ expectedConsoleError: /status of 404/ });

test.describe("the back office is invisible to anyone but the coach", () => {
  test("anonymous visitors get 404 on every admin page", async ({ page }) => {
    for (const path of ADMIN_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByText("Back office")).toHaveCount(0);
    }
  });

  test.describe("signed in without the admin role", () => {
    test.use({ storageState: MEMBER_STATE });

    test("gets 404 on every admin page", async ({ page }) => {
      await page.goto("/account");
      await expect(page.getByText(/Signed in as member-/)).toBeVisible();
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

test.describe("a direct POST to an admin action", () => {
  test("changes nothing when the sender is not the coach", async ({ browser }) => {
    const coach = await browser.newContext({ storageState: COACH_STATE });
    const coachPage = await coach.newPage();
    const unique = `${test.info().project.name}-${Date.now()}`;

    // Record exactly what the coach's browser sends when saving a bio...
    await coachPage.goto("/admin/settings");
    await coachPage.getByLabel("Short bio").fill(`Replayed bio ${unique}`);
    const [request] = await Promise.all([
      coachPage.waitForRequest((candidate) => candidate.method() === "POST" && Boolean(candidate.headers()["next-action"])),
      coachPage.getByRole("button", { name: "Save settings" }).click(),
    ]);
    await expect(coachPage.getByText("Saved. The site shows the change now.")).toBeVisible();
    // ...then move the bio on, so the replay has something to change back.
    await coachPage.getByLabel("Short bio").fill(`Current bio ${unique}`);
    await coachPage.getByRole("button", { name: "Save settings" }).click();
    await expect(coachPage.getByText("Saved. The site shows the change now.")).toBeVisible();

    const headers = { ...request.headers() };
    delete headers.cookie;
    for (const state of [undefined, MEMBER_STATE]) {
      const outsider = await browser.newContext(state ? { storageState: state } : {});
      const response = await outsider.request.post(request.url(), { headers, data: request.postDataBuffer() ?? undefined });
      expect(response.status(), "the action refuses").toBeGreaterThanOrEqual(400);
      await outsider.close();
    }

    const home = await coachPage.goto("/");
    expect(home?.status()).toBe(200);
    await expect(coachPage.getByText(`Current bio ${unique}`)).toBeVisible();
    await expect(coachPage.getByText(`Replayed bio ${unique}`)).toHaveCount(0);
    await coach.close();
  });
});
