import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { latestLink, uniqueEmail } from "./support/mailbox";

/** Subscribes and confirms a new reader through the forms and the mailbox; returns their address and link token. */
async function confirmedReader(page: Page, label: string) {
  const email = uniqueEmail(label);
  await page.goto("/newsletter");
  await page.getByRole("main").getByLabel("Your email").fill(email);
  await page.getByRole("main").getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await page.goto(await latestLink(page, email, /Please confirm/, /\/api\/newsletter\/confirm/));
  await expect(page.getByRole("heading", { name: "You are in" })).toBeVisible();
  const preferences = await latestLink(page, email, /Welcome to/, /\/newsletter\/preferences\//);
  return { email, token: preferences.split("/").pop()! };
}

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
  // Opened a second time (another device, the same mail twice): on the list, said plainly.
  await page.goto(confirm);
  await expect(page.getByRole("heading", { name: "You are already on the list" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Find a routine" })).toBeVisible();

  // A confirmed reader is not asked again in every page's footer.
  await page.goto("/routines");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByText("You are on the list")).toBeVisible();
  await expect(footer.getByRole("textbox", { name: "Your email" })).toHaveCount(0);

  const unsubscribePage = await latestLink(page, email, /Welcome to/, /\/newsletter\/preferences\//);
  const token = unsubscribePage.split("/").pop()!;

  // A GET only shows a page with a button.
  await page.goto(unsubscribePage);
  await expect(page.getByRole("button", { name: "Leave the newsletter" })).toBeVisible();
  await page.goto(unsubscribePage);
  await expect(page.getByRole("button", { name: "Leave the newsletter" })).toBeVisible();

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
  await expect(page.getByRole("button", { name: "Leave the newsletter" })).toBeVisible();

  // Leaving from the page's button: this browser's footer asks again.
  await page.getByRole("button", { name: "Leave the newsletter" }).click();
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

test("a mail program that opens the List-Unsubscribe address in a browser gets a page that asks first; its button leaves, without JavaScript", async ({ page, browser, request, baseURL }) => {
  const { email, token } = await confirmedReader(page, "header-reader");
  const oneClickAddress = `/api/newsletter/unsubscribe/${token}`;

  // A GET (a link scanner, or a person's browser) is sent to the confirm page on APP_URL.
  const get = await request.get(oneClickAddress, { maxRedirects: 0 });
  expect(get.status()).toBe(303);
  expect(get.headers()["location"]).toBe(`${baseURL}/newsletter/preferences/${token}`);

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const reader = await noScript.newPage();
  for (let visit = 0; visit < 2; visit++) {
    await reader.goto(oneClickAddress);
    await expect(reader.getByRole("heading", { level: 1, name: "Your newsletter" })).toBeVisible();
    // Opening the address changed nothing: the page still names the address as on the list.
    await expect(reader.getByText(`${email} is on the list`)).toBeVisible();
  }
  await reader.getByRole("button", { name: "Leave the newsletter" }).click();
  await expect(reader.getByRole("heading", { level: 1, name: "You are unsubscribed" })).toBeVisible();
  await reader.goto(oneClickAddress);
  await expect(reader.getByText(`${email} is already off the list`)).toBeVisible();
  await noScript.close();

  // A broken or made-up link says so plainly (404), and changes nothing.
  for (const broken of ["nonsense", `${token.slice(0, -2)}xx`]) {
    const answer = await request.get(`/api/newsletter/unsubscribe/${broken}`);
    expect(answer.status(), broken).toBe(404);
    expect(await answer.text(), broken).toContain("This newsletter link does not work");
  }
});
