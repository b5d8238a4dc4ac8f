import { expect, test } from "./fixtures";
import { COACH_STATE } from "./support/accounts";
import { allLinks, uniqueEmail } from "./support/mailbox";

// Issue 29, newsletter: each of these failed on the build before the change.
test("'Check your inbox' names the address and sends the confirmation again; the newest link works", async ({ page }) => {
  const email = uniqueEmail("again");
  await page.goto("/routines/tennis-ball-foot-release");
  await page.getByLabel("Your email").first().fill(email);
  await page.getByRole("button", { name: "Subscribe" }).first().click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await expect(page.getByRole("main").getByText(email)).toBeVisible();

  await page.getByRole("button", { name: "Send it again" }).click();
  await expect(page.getByText("Sent again. Use the newest email")).toBeVisible();
  await expect(page.getByRole("main").getByText(email)).toBeVisible();
  const links = await allLinks(page, email, /Please confirm/, 2, /\/api\/newsletter\/confirm/);
  // The mailbox lists the newest first.
  await page.goto(links[0]!);
  await expect(page.getByRole("heading", { name: "You are in" })).toBeVisible();

  // A mistyped address is fixed from the same page.
  await page.goto("/newsletter/thanks");
  await page.getByRole("link", { name: "Wrong address? Sign up with another" }).click();
  await expect(page).toHaveURL(/\/newsletter#signup$/);
});

test("without the sign-up cookie the page names nobody and offers a fresh sign-up", async ({ page }) => {
  await page.goto("/newsletter/thanks");
  await expect(page.getByText("If this address can receive the newsletter")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send it again" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sign up again" })).toBeVisible();
});

test.describe("the coach's drafts", () => {
  test.use({ storageState: COACH_STATE });

  test("a draft letter can be deleted; the list says which one went", async ({ page }) => {
    const subject = `A draft to throw away ${Date.now().toString(36)}`;
    await page.goto("/admin/broadcasts/new");
    await page.getByLabel("Subject").fill(subject);
    await page.getByRole("textbox", { name: "Letter", exact: true }).fill("Not ready yet.");
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page).toHaveURL(/\/admin\/broadcasts\/[0-9a-f-]{36}$/);

    await page.getByText("Delete this draft").click();
    await page.getByRole("button", { name: `Yes, delete “${subject}”` }).click();
    await expect(page).toHaveURL(/\/admin\/broadcasts\?notice=/);
    await expect(page.getByText(`Deleted the draft “${subject}”.`)).toBeVisible();
    await expect(page.getByRole("link", { name: subject })).toHaveCount(0);
  });
});

/** Found on a walk: an address the server refused came back as an empty field, to be typed again. */
test("an address the server refuses comes back as typed, with the reason beside it", async ({ page }) => {
  await page.goto("/newsletter");
  const form = page.locator("#signup");
  await form.getByLabel("First name (optional)").fill("Wal");
  await form.getByLabel("Your email").fill("walker@example");
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter an email address like name@example.com." })).toBeVisible();
  await expect(page.locator("#signup").getByLabel("Your email")).toHaveValue("walker@example");
  await expect(page.locator("#signup").getByLabel("Your email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#signup").getByLabel("First name (optional)")).toHaveValue("Wal");
  // The address is never in the page's address.
  expect(page.url()).not.toContain("walker");
});
