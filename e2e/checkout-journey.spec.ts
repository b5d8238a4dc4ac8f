import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { stepIntoCourse } from "./support/checkout";
import { latestLink, uniqueEmail } from "./support/mailbox";

const COURSE = "/courses/healing-emotions";

/** The header's account links: in the bar on a desktop, behind "Menu" on a phone. */
async function headerNav(page: Page) {
  const menu = page.getByRole("banner").locator("summary", { hasText: "Menu" });
  if (await menu.isVisible()) await menu.click();
  return page.getByRole("banner").getByRole("navigation", { name: "Main" }).filter({ visible: true });
}

async function openCheckout(page: Page, button: string) {
  await page.goto(COURSE);
  await page.getByRole("button", { name: button }).first().click();
  await expect(page).toHaveURL(/\/checkout\/local\/cs_local_/);
}

// Issue 29, course and checkout: each of these failed on the build before the change.
test.describe("buying the course, the details", () => {
  test("after paying: a moment that says it worked, then a header that is right before anything loads", async ({ page }) => {
    const email = uniqueEmail("in");
    await openCheckout(page, "Buy the course, $149");
    await page.getByLabel("Email for the receipt").fill(email);
    await page.getByRole("button", { name: "Pay (test)" }).click();
    await expect(page.getByRole("heading", { name: "What happens next" })).toBeVisible();
    await stepIntoCourse(page, email);

    // Cached pages are the same HTML for everyone; "who is looking" is asked after load. Hold that
    // answer back: the first paint must already show the learner's links, not "Sign in".
    await page.route("**/api/me", () => undefined);
    for (const path of ["/routines", "/courses", "/newsletter"]) {
      await page.goto(path);
      const nav = await headerNav(page);
      await expect(nav.getByRole("link", { name: "My course" }), path).toBeVisible();
      await expect(nav.getByRole("link", { name: "Account" }), path).toBeVisible();
      await expect(nav.getByRole("link", { name: "Sign in" }), path).toHaveCount(0);
    }
    await page.unroute("**/api/me");
    // "My course" before /api/me has answered still leads to the course.
    await page.goto("/learn");
    await expect(page).toHaveURL(/\/learn\/healing-emotions\//);
  });

  test("the hint is only a hint: a stale or forged one gives way to Sign in once /api/me answers, and is cleared", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "sp_who", value: "coach", url: baseURL! }]);
    await page.goto("/routines");
    const nav = await headerNav(page);
    await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Back office" })).toHaveCount(0);
    await expect.poll(async () => (await context.cookies()).some((cookie) => cookie.name === "sp_who")).toBe(false);
  });

  test("the plan states its total on the sales page and at checkout", async ({ page }) => {
    await page.goto(COURSE);
    await expect(page.getByText("or 3 × $55 a month, $165 in total")).toBeVisible();
    await page.getByRole("button", { name: "Or 3 monthly payments of $55" }).first().click();
    await expect(page.getByText("a month, 3 payments: $165 in total")).toBeVisible();
  });

  test("a failed payment offers Try again with the address already typed", async ({ page }) => {
    const email = uniqueEmail("retry");
    await openCheckout(page, "Buy the course, $149");
    await page.getByLabel("Email for the receipt").fill(email);
    await page.getByRole("button", { name: "Fail the payment" }).click();
    await expect(page.getByRole("heading", { name: "The payment did not go through" })).toBeVisible();
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page).toHaveURL(/\/checkout\/local\/cs_local_/);
    await expect(page.getByLabel("Email for the receipt")).toHaveValue(email);
    await page.getByRole("button", { name: "Pay (test)" }).click();
    await stepIntoCourse(page, email);
  });

  test("a promotion code at checkout, and an invoice for a one-time payment without the coach changing a setting", async ({ page }) => {
    const email = uniqueEmail("promo");
    await openCheckout(page, "Buy the course, $149");
    await page.getByLabel("Email for the receipt").fill(email);
    await page.getByLabel("Promotion code (optional)").fill("HALFOFF");
    await page.getByRole("button", { name: "Pay (test)" }).click();
    await expect(page.getByText("“HALFOFF” is not a valid promotion code.")).toBeVisible();
    await expect(page.getByLabel("Email for the receipt")).toHaveValue(email);
    await page.getByLabel("Promotion code (optional)").fill("welcome20");
    await page.getByRole("button", { name: "Pay (test)" }).click();
    await stepIntoCourse(page, email);

    // The receipt's link proves the address; the account then shows what was charged and the invoice.
    await page.goto(await latestLink(page, email, /Your receipt and access/));
    await page.goto("/account");
    const payment = page.getByRole("region", { name: "Your payments" });
    await expect(payment.getByText("$119.20 paid")).toBeVisible();
    await expect(payment.getByRole("link", { name: "Invoice" })).toBeVisible();
  });

  test("the payment plan's checkout takes no promotion code", async ({ page }) => {
    await openCheckout(page, "Or 3 monthly payments of $55");
    await expect(page.getByLabel("Email for the receipt")).toBeVisible();
    await expect(page.getByLabel("Promotion code (optional)")).toHaveCount(0);
  });
});
