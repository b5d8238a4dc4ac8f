import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { stepIntoCourse } from "./support/checkout";
import { latestLink, uniqueEmail } from "./support/mailbox";

/** The newest message to `to` with this subject, read from the local mailbox as a person would: it must carry a link like `link`. */
async function expectMail(page: Page, to: string, subject: RegExp, link: RegExp) {
  expect(await latestLink(page, to, subject, link)).toMatch(link);
}

const COURSE = "/courses/healing-emotions";
/** The first full lesson (the welcome is a free preview, open to anyone). */
const LESSON = "/learn/healing-emotions/finding-your-window";

test.describe("a payment plan", () => {
  test("an instalment buyer gets access at the first payment, keeps it while Stripe retries, loses it when the last retry fails, and gets it back by paying", async ({ page }) => {
    test.setTimeout(60_000);
    const email = uniqueEmail("plan");

    await page.goto(COURSE);
    await expect(page.getByText("or 3 × $55 a month, $165 in total")).toBeVisible();
    await page.getByRole("button", { name: "Or 3 monthly payments of $55" }).first().click();

    await expect(page).toHaveURL(/\/checkout\/local\/cs_local_/);
    const checkoutPath = new URL(page.url()).pathname;
    await expect(page.getByText("a month, 3 payments")).toBeVisible();
    await page.getByLabel("Email for the receipt").fill(email);
    await page.getByRole("button", { name: "Pay (test)" }).click();

    // Access starts with the first payment, in this browser, at once.
    await stepIntoCourse(page);
    await page.goto(LESSON);
    await page.getByLabel(/I have read this/).check();
    await page.getByRole("button", { name: "Continue to the lesson" }).click();
    await expect(page.getByRole("button", { name: "Complete and continue" })).toBeVisible();
    // The account waits for the address to be proven: the receipt's button does it.
    await page.goto(await latestLink(page, email, /Your receipt and access/));
    await expect(page).toHaveURL(/\/learn\/healing-emotions\//);
    await page.goto("/account");
    await expect(page.getByText("Payment 1 of 3. 2 monthly payments of $55 to go, taken automatically.")).toBeVisible();
    await expectMail(page, email, /Your receipt and access/, /\/account\/invoices\/[0-9a-f-]{36}$/);

    // A month later the card is declined: the learner hears about it, and keeps the course while Stripe retries.
    await page.goto(checkoutPath);
    await page.getByRole("button", { name: "Decline it (Stripe retries)" }).click();
    await expect(page.getByText("Sent: the payment was declined; Stripe would retry.")).toBeVisible();
    await expectMail(page, email, /did not go through/, /\/checkout\/local\/invoices\/in_local_/);
    await page.goto(LESSON);
    await expect(page.getByRole("button", { name: "Complete and continue" })).toBeVisible();

    // The last retry fails: the course pauses, and says why and what to do.
    await page.goto(checkoutPath);
    await page.getByRole("button", { name: "Decline the last retry" }).click();
    await expect(page.getByText("Sent: the last retry was declined.")).toBeVisible();
    await expectMail(page, email, /Your course is paused until this payment is made/, /\/checkout\/local\/invoices\/in_local_/);
    await page.goto(LESSON);
    await expect(page.getByText("Your course is paused until the payment plan is paid.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Complete and continue" })).toHaveCount(0);

    // Paying the open invoice from the account brings the course back.
    await page.getByRole("link", { name: "See your payments" }).click();
    await expect(page.getByText("An instalment of $55 did not go through.")).toBeVisible();
    await page.getByRole("link", { name: "Pay $55 now" }).click();
    await expect(page.getByRole("heading", { name: "Invoice" })).toBeVisible();
    await page.getByRole("button", { name: "Pay this invoice (test)" }).click();
    await expect(page.getByText("Paid. Thank you: the course is open again.")).toBeVisible();
    await page.goto(LESSON);
    await expect(page.getByRole("button", { name: "Complete and continue" })).toBeVisible();
    await page.goto("/account");
    await expect(page.getByText("Payment 2 of 3. 1 monthly payment of $55 to go, taken automatically.")).toBeVisible();
  });
});
