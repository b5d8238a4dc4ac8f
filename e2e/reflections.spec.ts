import { expect, test } from "./fixtures";
import { stepIntoCourse } from "./support/checkout";
import { COACH_STATE } from "./support/accounts";
import { latestLink, uniqueEmail } from "./support/mailbox";

const LESSON = "/learn/healing-emotions/wall-sit-and-first-tremor";
const FIRST = "Where in your body did you first feel the tremor?";
const SECOND = "What helped you stay inside your window?";

test.describe("reflections", () => {
  test("a learner's answers are saved as they type, survive a reload mid-sentence, are listed on their account, and the coach never sees them", async ({ page, browser }) => {
    test.setTimeout(60_000);
    const email = uniqueEmail("reflect");
    const secret = `Calves first, then jaw ${Date.now()}`;

    await page.goto("/courses/healing-emotions");
    await page.getByRole("button", { name: "Buy the course, $149" }).first().click();
    await page.getByLabel("Email for the receipt").fill(email);
    await page.getByRole("button", { name: "Pay (test)" }).click();
    await stepIntoCourse(page);

    await page.goto(LESSON);
    await page.getByLabel(/I have read this/).check();
    await page.getByRole("button", { name: "Continue to the lesson" }).click();
    await expect(page.getByRole("heading", { name: "Reflection" })).toBeVisible();
    await expect(page.getByText("Private: only you can read what you write here")).toBeVisible();

    // Saved to the account a moment after typing stops.
    await page.getByLabel(FIRST).fill(secret);
    await expect(page.getByText("Saved. Only you can read it.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel(FIRST)).toHaveValue(secret);

    // A reload before the save: the device kept the words, and sends them when the page is back.
    await page.getByLabel(SECOND).pressSequentially("Breathing slowly");
    await page.reload();
    await expect(page.getByLabel(SECOND)).toHaveValue("Breathing slowly");
    await expect(page.getByText("Saved. Only you can read it.")).toBeVisible();
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByLabel(SECOND)).toHaveValue("Breathing slowly");

    // The account (where the answers are listed) opens once the address is proven: the receipt's button.
    await page.goto(await latestLink(page, email, /Your receipt and access/));
    await page.goto("/account");
    await expect(page.getByRole("heading", { name: "Your reflections" })).toBeVisible();
    await expect(page.getByText(secret)).toBeVisible();
    await expect(page.getByText("Breathing slowly")).toBeVisible();

    // The coach's page for this person, and the download she makes for them, hold none of it.
    const coach = await browser.newContext({ storageState: COACH_STATE });
    const admin = await coach.newPage();
    await admin.goto(`/admin/people?q=${encodeURIComponent(email)}`);
    await admin.getByRole("link", { name: email }).first().click();
    await expect(admin).toHaveURL(/\/admin\/people\/[0-9a-f-]{36}$/);
    await expect(admin.getByRole("heading", { level: 1, name: email })).toBeVisible();
    await expect(admin.getByText(secret)).toHaveCount(0);
    const download = await admin.request.get(`${new URL(admin.url()).pathname}/export`);
    expect(download.ok()).toBe(true);
    expect(await download.text()).not.toContain(secret);
    await coach.close();

    const own = await page.request.get("/account/export");
    expect(await own.text()).toContain(secret);

    // On a shared computer: a draft someone else left on this device is not shown to this learner,
    // and signing out forgets this learner's own drafts.
    await page.goto(LESSON);
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith("reflection:")) localStorage.setItem(key.replace(/^reflection:[^/]+\//, "reflection:00000000-0000-4000-8000-000000000000/"), "Someone else's unsent words");
      localStorage.setItem("reflection:mine-left-over", "My unsent words");
    });
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("reflection:")));
    expect(keys.length).toBeGreaterThan(0);
    await page.reload();
    await expect(page.getByText("Someone else's unsent words")).toHaveCount(0);
    await page.goto("/account");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("reflection:")))).toEqual([]);
  });
});
