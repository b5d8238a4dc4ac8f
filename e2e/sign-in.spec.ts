import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { allLinks, latestLink, requestLink, signInWithEmail, uniqueEmail } from "./support/mailbox";
import { COACH_STATE, MEMBER_STATE } from "./support/accounts";

test.describe("signing in by email", () => {
  test("a new visitor signs in through the emailed link and lands on their account", async ({ page }) => {
    const email = uniqueEmail("newcomer");
    await signInWithEmail(page, email);

    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
    // A first sign-in creates the account, and the welcome email goes through the same outbox.
    await expect.poll(async () => (await latestLink(page, email, /Welcome/, /tennis-ball-foot-release/)).length).toBeGreaterThan(0);
  });

  test("a link works once", async ({ page, browser }) => {
    const email = uniqueEmail("once");
    const link = await signInWithEmail(page, email);
    await expect(page).toHaveURL(/\/account$/);

    const stranger = await browser.newContext();
    const strangerPage = await stranger.newPage();
    await strangerPage.goto(link);
    await expect(strangerPage).toHaveURL(/\/sign-in\/error\?error=Verification/);
    await expect(strangerPage.getByRole("heading", { level: 1 })).toHaveText("This sign-in link no longer works");
    await strangerPage.goto("/account");
    await expect(strangerPage).toHaveURL(/\/sign-in\?next=%2Faccount/);
    await stranger.close();
  });

  test("signing in, and signing out, void the address's other links still lying in the inbox", async ({ page, browser }) => {
    const email = uniqueEmail("inbox");
    await requestLink(page, email);
    await requestLink(page, email);
    const [newest, older] = await allLinks(page, email, /sign-in link/, 2);
    await page.goto(newest!);
    await expect(page).toHaveURL(/\/account$/);

    // The older link, forwarded or found later, signs nobody in.
    const stranger = await browser.newContext();
    const strangerPage = await stranger.newPage();
    await strangerPage.goto(older!);
    await expect(strangerPage).toHaveURL(/\/sign-in\/error\?error=Verification/);

    // A link asked for while signed in stops working once its address signs out.
    await requestLink(strangerPage, email);
    const [spare] = await allLinks(page, email, /sign-in link/, 3);
    await page.goto("/account");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await strangerPage.goto(spare!);
    await expect(strangerPage).toHaveURL(/\/sign-in\/error\?error=Verification/);
    await stranger.close();
  });

  test("a mistyped address gets a clear message and no email", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Your email address").fill("reader-at-example.com");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
    await expect(page.getByLabel("Your email address")).toHaveAttribute("aria-invalid", "true");
    await page.goto("/dev/mailbox?to=reader-at-example.com");
    await expect(page.getByText("No messages yet.")).toBeVisible();
  });

  test("signing out ends the session", async ({ page }) => {
    await signInWithEmail(page, uniqueEmail("leaver"));
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("after signing in, the visitor returns to the page that asked", async ({ page }) => {
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
    await signInWithEmail(page, uniqueEmail("returner"), "/account");
    await expect(page).toHaveURL(/\/account$/);
  });
});

test.describe("the header knows who is looking", () => {
  async function headerLinks(page: Page) {
    await page.goto("/routines");
    // On a phone the links live in the menu.
    const menu = page.getByText("Menu", { exact: true });
    if (await menu.isVisible()) await menu.click();
    const nav = page.getByRole("banner").getByRole("navigation", { name: "Main" }).filter({ visible: true });
    return nav;
  }

  test("a visitor is offered Sign in", async ({ page }) => {
    const nav = await headerLinks(page);
    await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Back office" })).toHaveCount(0);
  });

  test.describe("a member", () => {
    test.use({ storageState: MEMBER_STATE });
    test("sees their account instead", async ({ page }) => {
      const nav = await headerLinks(page);
      await expect(nav.getByRole("link", { name: "Account" })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Sign in" })).toHaveCount(0);
    });
  });

  test.describe("the coach", () => {
    test.use({ storageState: COACH_STATE });
    test("sees the back office", async ({ page }) => {
      const nav = await headerLinks(page);
      await nav.getByRole("link", { name: "Back office" }).click();
      await expect(page).toHaveURL(/\/admin$/);
    });
  });
});
