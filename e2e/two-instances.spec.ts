import { expect, test } from "./fixtures";
import { COACH_STATE } from "./support/accounts";
import { uniqueEmail } from "./support/mailbox";

/**
 * Two app instances (started by playwright.config.ts) share one database, as two machines behind
 * a load balancer would: a session from one works on the other, a rate limit counts requests to
 * both, and the email jobs both instances' workers poll are each delivered once.
 */
const second = () => `http://127.0.0.1:${process.env.E2E_SECOND_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1}`;

test.describe("two instances on one database", () => {
  test("a session made on one instance works on the other", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ storageState: COACH_STATE });
    const page = await context.newPage();
    for (const origin of [baseURL!, second()]) {
      await page.goto(`${origin}/admin`);
      await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    }
    await context.close();
  });

  test("the sign-in limit counts requests to both, and each message is delivered once", async ({ page, baseURL }) => {
    test.setTimeout(60_000);
    const email = uniqueEmail("two-instances");
    const ask = async (origin: string) => {
      await page.goto(`${origin}/sign-in`);
      await page.getByLabel("Your email address").fill(email);
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    };
    // Three links per address per half hour, wherever they are asked for. The fourth ask gets the
    // same answer (a stranger must not learn whether an address is being limited), and sends nothing.
    for (const origin of [baseURL!, second(), baseURL!, second()]) {
      await ask(origin);
      await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    }

    // Both instances' workers poll the same queue; the mailbox ends with exactly three sent messages.
    await expect(async () => {
      await page.goto(`${baseURL}/dev/mailbox?to=${encodeURIComponent(email)}`);
      await expect(page.getByRole("article", { name: /sign-in link/ })).toHaveCount(3, { timeout: 1000 });
      await expect(page.getByRole("article", { name: /sign-in link/ }).filter({ hasText: /UTC · sent/ })).toHaveCount(3, { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
  });

  test("a picture uploaded on one instance shows on the other, and goes from both when its routine is deleted", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ storageState: COACH_STATE });
    const page = await context.newPage();
    const title = `Picture check ${Date.now().toString(36)}`;
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
    await page.goto(`${baseURL}/admin/routines/new`);
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Summary").fill("A routine with a picture.");
    await page.getByLabel("Feet").check();
    await page.getByLabel("What to do").fill("Stand still.");
    await page.getByLabel("Cover picture (optional)").setInputFiles({ name: "feet.png", mimeType: "image/png", buffer: png });
    await page.getByLabel("What the cover shows").fill("A single dot, as a test picture.");
    await page.getByRole("button", { name: "Create routine" }).click();
    await expect(page.getByText("Created.")).toBeVisible();
    const src = await page.locator('img[src^="/uploads/"]').getAttribute("src");
    expect(src).toMatch(/^\/uploads\/routines\/[0-9a-f-]{36}\.png$/);

    const onSecond = await context.request.get(`${second()}${src}`);
    expect(onSecond.status()).toBe(200);
    expect(onSecond.headers()["content-type"]).toBe("image/png");
    expect(onSecond.headers()["cache-control"]).toContain("immutable");
    expect(Buffer.compare(await onSecond.body(), png)).toBe(0);
    const etag = onSecond.headers()["etag"]!;
    expect((await context.request.get(`${baseURL}${src}`, { headers: { "If-None-Match": etag } })).status()).toBe(304);

    // Deleted on the second instance: the bytes are gone for the first as well.
    await page.goto(`${second()}/admin/routines`);
    const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });
    await row.getByText("Delete…").click();
    await row.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(page.getByText("The routine was deleted.")).toBeVisible();
    expect((await context.request.get(`${baseURL}${src}`)).status()).toBe(404);
    await context.close();
  });
});
