import { expect, type Page } from "@playwright/test";

/**
 * After Pay at the test checkout, the paying browser is signed in and shown the moment that says
 * the purchase worked; "Start the course" takes it into the first lesson.
 */
export async function stepIntoCourse(page: Page, email?: string) {
  await expect(page).toHaveURL(/\/checkout\/success\?session_id=/);
  await expect(page.getByRole("heading", { level: 1, name: "You're in" })).toBeVisible();
  if (email) await expect(page.getByText(`A receipt is on its way to ${email}.`)).toBeVisible();
  await page.getByRole("link", { name: "Start the course" }).click();
  await expect(page).toHaveURL(/\/learn\/healing-emotions\/welcome$/);
}
