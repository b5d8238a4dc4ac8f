import { expect, test } from "./fixtures";
import { COACH_STATE } from "./support/accounts";
import { latestLink, uniqueEmail } from "./support/mailbox";

test("a reader's address bounces: the provider's signed event suppresses it, the coach sees why and lifts it; a forged event changes nothing", async ({ page, browser, request }) => {
  const email = uniqueEmail("bouncing");
  await page.goto("/newsletter");
  await page.getByRole("main").getByLabel("Your email").fill(email);
  await page.getByRole("main").getByRole("button", { name: "Subscribe" }).click();
  await page.goto(await latestLink(page, email, /Please confirm/, /\/api\/newsletter\/confirm/));
  await expect(page.getByRole("heading", { name: "You are in" })).toBeVisible();

  // A forged event (no valid signature) is refused and writes nothing.
  const forged = await request.post("/api/resend/webhook", {
    headers: { "svix-id": "msg_forged", "svix-timestamp": String(Math.floor(Date.now() / 1000)), "svix-signature": "v1,Zm9yZ2Vk" },
    data: { type: "email.complained", created_at: new Date().toISOString(), data: { email_id: "re_x", to: [email], from: "x@example.com", subject: "x" } },
  });
  expect(forged.status()).toBe(400);

  // The welcome letter hard-bounces, as Resend reports it to our webhook.
  const welcome = page.getByRole("article", { name: /^Welcome to/ });
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    await expect(welcome.getByRole("button", { name: "hard bounce" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await welcome.getByRole("button", { name: "hard bounce" }).click();
  await expect(welcome).toContainText("provider: bounced");

  const coachContext = await browser.newContext({ storageState: COACH_STATE, extraHTTPHeaders: { "x-forwarded-for": `10.78.${Math.floor(Math.random() * 250)}.9` } });
  const coach = await coachContext.newPage();
  await coach.goto(`/admin/subscribers?q=${encodeURIComponent(email)}`);
  await expect(coach.getByRole("region", { name: "Subscribers" }).getByRole("row", { name: new RegExp(email) })).toContainText("not mailed (bounced or complained)");
  const suppressed = coach.getByRole("region", { name: "Not mailed: bounced or complained" }).getByRole("listitem").filter({ hasText: email });
  await expect(suppressed).toContainText("the address bounced");
  await expect(suppressed).toContainText("550 5.1.1");

  await suppressed.getByRole("button", { name: `Mail them again (${email})` }).click();
  await expect(coach.getByRole("listitem").filter({ hasText: email })).toHaveCount(0);
  await expect(coach.getByRole("region", { name: "Subscribers" }).getByRole("row", { name: new RegExp(email) })).not.toContainText("not mailed");
  await coachContext.close();
});
