import { expect, test as setup } from "@playwright/test";
import { COACH_EMAIL, COACH_STATE, MEMBER_STATE } from "./support/accounts";
import { signInWithEmail, uniqueEmail } from "./support/mailbox";

// Sign in once per run through the real magic-link flow; specs reuse the cookies.
setup("sign in as the coach", async ({ page }) => {
  await signInWithEmail(page, COACH_EMAIL);
  // The coach lands in the back office, not on a member's account page.
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.context().storageState({ path: COACH_STATE });
});

setup("sign in as a member", async ({ page }) => {
  await signInWithEmail(page, uniqueEmail("member"));
  await expect(page).toHaveURL(/\/account$/);
  await page.context().storageState({ path: MEMBER_STATE });
});
