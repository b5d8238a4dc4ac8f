import { expect, test } from "./fixtures";
import { latestLink, uniqueEmail } from "./support/mailbox";

test("subscribe, confirm from the mailbox, get the welcome; one-click POST without cookies unsubscribes, a GET does not", async ({ page, playwright, baseURL }) => {
  const email = uniqueEmail("reader");
  await page.goto("/newsletter");
  await page.getByLabel("First name (optional)").fill("Sam");
  await page.getByRole("main").getByLabel("Your email").fill(email);
  await page.getByRole("main").getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  const confirm = await latestLink(page, email, /Please confirm/, /\/api\/newsletter\/confirm/);
  await page.goto(confirm);
  await expect(page.getByRole("heading", { name: "You are in" })).toBeVisible();
  await page.goto(confirm);
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();

  // A confirmed reader is not asked again in every page's footer.
  await page.goto("/routines");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByText("You are on the list")).toBeVisible();
  await expect(footer.getByRole("textbox", { name: "Your email" })).toHaveCount(0);

  const unsubscribePage = await latestLink(page, email, /Welcome to/, /\/newsletter\/preferences\//);
  const token = unsubscribePage.split("/").pop()!;

  // A GET only shows a page with a button.
  await page.goto(unsubscribePage);
  await expect(page.getByRole("button", { name: "Unsubscribe" })).toBeVisible();
  await page.goto(unsubscribePage);
  await expect(page.getByRole("button", { name: "Unsubscribe" })).toBeVisible();

  // What a mail provider sends: a cookieless POST with List-Unsubscribe=One-Click.
  const provider = await playwright.request.newContext({ baseURL });
  const response = await provider.post(`/api/newsletter/unsubscribe/${token}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(response.status()).toBe(200);
  expect((await provider.post(`/api/newsletter/unsubscribe/${token}`, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(200);
  await provider.dispose();

  await page.goto(unsubscribePage);
  await expect(page.getByText("is already off the list")).toBeVisible();

  // The preferences page lets a former reader come back without a new confirmation.
  await page.getByRole("button", { name: "Resubscribe" }).click();
  await expect(page.getByText("You are back on the list")).toBeVisible();
  await expect(page.getByRole("button", { name: "Unsubscribe" })).toBeVisible();

  // Leaving from the page's button: this browser's footer asks again.
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await page.goto("/routines");
  await expect(page.getByRole("contentinfo").getByRole("textbox", { name: "Your email" })).toBeVisible();
});

test("the same answer for an address in any state, as JSON too", async ({ request }) => {
  const email = uniqueEmail("again");
  const first = await request.post("/api/newsletter/subscribe", { data: { email } });
  const second = await request.post("/api/newsletter/subscribe", { data: { email } });
  expect(first.status()).toBe(202);
  expect(await second.json()).toEqual(await first.json());
  const bad = await request.post("/api/newsletter/subscribe", { data: { email: "not-an-address" } });
  expect(bad.status()).toBe(422);
});
