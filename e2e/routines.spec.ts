import { expect, test } from "./fixtures";
import { signInWithEmail, uniqueEmail } from "./support/mailbox";

const TENNIS = "/routines/tennis-ball-foot-release";
// The tennis-ball routine: 20 + 10 + 10 + 10 + 20 + 10 seconds.
const TENNIS_SECONDS = 80;

test.describe("the routine library", () => {
  test("the body map and the time filter narrow the list, and the URL can be shared", async ({ page }) => {
    await page.goto("/routines");
    const results = page.getByRole("region", { name: /\broutines?\b/ }).getByRole("article");
    // Other specs publish routines of their own meanwhile, so count at least the seeded six.
    await expect.poll(() => results.count()).toBeGreaterThanOrEqual(6);

    await page.getByRole("group", { name: /Body map/ }).getByRole("link", { name: "Hamstrings" }).click();
    await expect(page).toHaveURL(/\/routines\?area=hamstrings$/);
    await expect(results).toHaveCount(2);
    await expect(results.getByRole("link", { name: "Tennis-ball foot release" })).toBeVisible();
    await expect(results.getByRole("link", { name: "Calf release at the wall" })).toBeVisible();

    await page.getByText("Up to 1 min").click();
    await expect(page).toHaveURL(/area=hamstrings&time=1/);
    await expect(results).toHaveCount(1);
    await expect(results.getByRole("link", { name: "Tennis-ball foot release" })).toBeVisible();

    // The same URL opened fresh shows the same result.
    await page.goto("/routines?area=hamstrings&time=1");
    await expect(results).toHaveCount(1);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the filters still work through plain links and the form", async ({ page }) => {
      await page.goto("/routines");
      await page.getByRole("list", { name: "Body areas" }).getByRole("button", { name: "Calves" }).click();
      await expect(page).toHaveURL(/area=calves/);
      const results = page.getByRole("region", { name: /routine/ }).getByRole("article");
      await expect(results).toHaveCount(2);
      await page.goto("/routines?equipment=tennis-balls");
      await expect(results).toHaveCount(1);
    });
  });

  test.describe("drafts", () => {
    test.use({ expectedConsoleError: /status of 404.* at http:\/\/[^/]+\/routines\/hip-circles-for-long-sitting-days$/ });

    test("a draft is not public", async ({ page }) => {
    const response = await page.goto("/routines/hip-circles-for-long-sitting-days");
    expect(response?.status()).toBe(404);
    });
  });
});

test.describe("the guided player", () => {
  test("plays the tennis-ball routine to the end on a fake clock, with check-ins kept on the device", async ({ page }) => {
    await page.clock.install();
    await page.goto(TENNIS);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tennis-ball foot release");
    // Safety first: on a phone the key cautions stand above Start (on a wide screen, beside it).
    if (test.info().project.name === "phone") {
      const before = page.getByRole("region", { name: "Before you start" });
      await expect(before).toContainText("overstretching your hamstrings");
      const start = page.getByRole("button", { name: "Start with the timer" });
      expect((await before.boundingBox())!.y).toBeLessThan((await start.boundingBox())!.y);
    }
    await page.getByRole("button", { name: "Start with the timer" }).click();

    const player = page.getByRole("dialog", { name: /Guided routine/ });
    // The first screen carries the key caution in one line, with the way to all of them.
    await expect(player.getByText("Don't keep overstretching your hamstrings.")).toBeVisible();
    await expect(player.getByRole("link", { name: "All the cautions" })).toHaveAttribute("href", "/routines/tennis-ball-foot-release#care-heading");
    await player.getByText("7", { exact: true }).click();
    // From here on, time moves only when the test says so.
    await page.clock.pauseAt(new Date(Date.now() + 2_000));
    await player.getByRole("button", { name: "Begin" }).click();
    await expect(player.getByText("Step 1 of 6")).toBeVisible();
    await expect(player.getByRole("timer")).toHaveText("20");

    await page.clock.runFor(5_000);
    await expect(player.getByRole("timer")).toHaveText("15");

    // Space pauses: time passes, the countdown does not.
    await page.keyboard.press(" ");
    await expect(player.getByText("Paused")).toBeVisible();
    await page.clock.runFor(30_000);
    await expect(player.getByRole("timer")).toHaveText("15");
    await page.keyboard.press(" ");

    await page.clock.runFor(15_000);
    await expect(player.getByText("Step 2 of 6")).toBeVisible();
    await expect(player.getByRole("timer")).toHaveText("10");

    await page.clock.runFor((TENNIS_SECONDS - 20) * 1000);
    await expect(player.getByText("Well done. You finished the routine.")).toBeVisible();
    await player.getByText("3", { exact: true }).click();
    await player.getByRole("button", { name: "Save and finish" }).click();

    await expect(player.getByText(/Before\s*7\s*→ after\s*3/)).toBeVisible();
    await expect(player.getByRole("link", { name: "Sign in to keep your check-ins" })).toBeVisible();
    await player.getByRole("button", { name: "Close", exact: true }).click();
    await expect(player).toHaveCount(0);
  });

  test("a signed-in person's check-in, and one made before signing in, show on their account", async ({ page }) => {
    await page.clock.install();
    // Before signing in: kept in this browser.
    await page.goto("/routines/soften-your-jaw");
    await page.getByRole("button", { name: "Start with the timer" }).click();
    let player = page.getByRole("dialog", { name: /Guided routine/ });
    await player.getByText("8", { exact: true }).click();
    await player.getByRole("button", { name: "Begin" }).click();
    for (let step = 0; step < 5; step += 1) await page.keyboard.press("ArrowRight");
    await player.getByText("5", { exact: true }).click();
    await player.getByRole("button", { name: "Save and finish" }).click();
    await expect(player.getByText("Kept on this device.")).toBeVisible();

    await signInWithEmail(page, uniqueEmail("checker"));
    await expect(page.getByText("Your check-in from this device is now in your account.")).toBeVisible();
    await expect(page.getByRole("figure").filter({ hasText: "Soften your jaw" })).toContainText("Last time: 8 → 5");

    // Signed in: saved straight to the account.
    await page.goto(TENNIS);
    await page.getByRole("button", { name: "Start with the timer" }).click();
    player = page.getByRole("dialog", { name: /Guided routine/ });
    await player.getByText("6", { exact: true }).click();
    await page.clock.pauseAt(new Date(Date.now() + 2_000));
    await player.getByRole("button", { name: "Begin" }).click();
    await page.clock.runFor(TENNIS_SECONDS * 1000);
    await player.getByText("2", { exact: true }).click();
    await player.getByRole("button", { name: "Save and finish" }).click();
    await expect(player.getByText("Saved to your account.")).toBeVisible();

    await page.goto("/account");
    await expect(page.getByRole("figure").filter({ hasText: "Tennis-ball foot release" })).toContainText("Last time: 6 → 2");
  });
});

test.describe("found by search engines and feed readers", () => {
  test("sitemap, robots, feed and structured data list the public routines", async ({ request, page }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/routines/tennis-ball-foot-release</loc>");
    expect(sitemap).not.toContain("hip-circles-for-long-sitting-days");
    expect(await (await request.get("/robots.txt")).text()).toMatch(/Disallow: \/admin/);
    const feed = await request.get("/routines/feed.xml");
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await feed.text()).toContain("<title>Tennis-ball foot release</title>");

    await page.goto(TENNIS);
    const howTo = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(howTo).toMatchObject({ "@type": "HowTo", name: "Tennis-ball foot release", totalTime: "PT1M" });
    expect(howTo.step).toHaveLength(6);
    const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
    const image = await request.get(ogImage!);
    expect(image.headers()["content-type"]).toBe("image/png");
  });
});
