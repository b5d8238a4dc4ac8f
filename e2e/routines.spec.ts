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

    await page.getByText("Up to 2 min").click();
    await expect(page).toHaveURL(/area=hamstrings&time=2/);
    await expect(results).toHaveCount(1);
    await expect(results.getByRole("link", { name: "Tennis-ball foot release" })).toBeVisible();

    // The same URL opened fresh shows the same result.
    await page.goto("/routines?area=hamstrings&time=2");
    await expect(results).toHaveCount(1);
  });

  test("on a phone a tap on the map shows how many routines match and takes you to them", async ({ page }) => {
    test.skip(test.info().project.name !== "phone", "the pill is for narrow screens, where results sit below the map");
    await page.goto("/routines");
    const map = page.getByRole("group", { name: /Body map/ });
    // Every region is a thumb-sized target, however small the part of the body.
    for (const region of await map.getByRole("link").all()) {
      const box = (await region.boundingBox())!;
      const name = (await region.getAttribute("aria-label")) ?? "region";
      expect(box.width, name).toBeGreaterThanOrEqual(44);
      expect(box.height, name).toBeGreaterThanOrEqual(44);
    }

    await map.getByRole("link", { name: "Hamstrings" }).click();
    const pill = page.getByRole("button", { name: "Show 2 routines" });
    await expect(pill).toBeVisible();
    await pill.click();
    await expect(page.getByRole("heading", { name: "2 routines for you" })).toBeInViewport();
    await expect(pill).toBeHidden();
  });

  test("a card gives the same time as the routine's page, and an empty result offers a consultation", async ({ page }) => {
    await page.goto("/routines");
    const card = page.getByRole("article").filter({ hasText: "Tennis-ball foot release" });
    await expect(card).toContainText("1 min 20 sec");
    await card.getByRole("link", { name: "Tennis-ball foot release" }).click();
    await expect(page.getByText("1 min 20 sec").first()).toBeVisible();

    await page.goto("/routines?q=nothing-could-match-this");
    await page.getByRole("main").getByRole("link", { name: "book a free consultation", exact: true }).click();
    await expect(page).toHaveURL(/\/consultation(\?|$)/);
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

  test("speaks each step, what comes next and a 3-2-1, and remembers when the voice is off", async ({ page }) => {
    // A stand-in for the browser's speech engine that writes down what it is asked to say.
    await page.addInitScript(() => {
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      class FakeUtterance {
        text: string;
        lang = "";
        rate = 1;
        volume = 1;
        voice: unknown = null;
        constructor(text: string) {
          this.text = text;
        }
      }
      const engine = {
        speak: (utterance: FakeUtterance) => {
          if (utterance.text) spoken.push(utterance.text);
        },
        cancel: () => spoken.push("<stop>"),
        getVoices: () => [{ name: "Test Voice", lang: "en-GB", voiceURI: "test-voice", default: true, localService: true }],
        addEventListener: () => {},
        removeEventListener: () => {},
      };
      Object.defineProperty(window, "speechSynthesis", { value: engine, configurable: true });
      Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true });
    });
    const said = async () => (await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).filter((line) => line !== "<stop>");

    await page.clock.install();
    await page.goto(TENNIS);
    await page.getByRole("button", { name: "Start with the timer" }).click();
    const player = page.getByRole("dialog", { name: /Guided routine/ });
    const voice = player.getByRole("button", { name: "Voice guidance" });
    await expect(voice).toHaveAttribute("aria-pressed", "true");
    await page.clock.pauseAt(new Date(Date.now() + 2_000));
    await player.getByRole("button", { name: "Skip the check-in" }).click();

    // The coach's short spoken cue, then "next" at ten seconds left, then the countdown into step 2.
    const first = "Feet hip-width apart. Fold forward slowly, knees soft, and notice where your fingertips reach.";
    await expect.poll(said).toEqual([first]);
    await expect(player.getByText(/^Next up: Sit down and place a tennis ball under each foot\.$/)).toBeVisible();
    await page.clock.runFor(10_000);
    await expect.poll(said).toEqual([first, "Ten seconds left. Next: Sit down and place a tennis ball under each foot."]);
    await page.clock.runFor(10_000);
    await expect(player.getByText("Step 2 of 6")).toBeVisible();
    await expect
      .poll(said)
      .toEqual([first, "Ten seconds left. Next: Sit down and place a tennis ball under each foot.", "3", "2", "1", "Sit down and place a tennis ball under each foot."]);

    // Voice off: the rest of the routine passes in silence.
    const before = (await said()).length;
    await voice.click();
    await expect(voice).toHaveAttribute("aria-pressed", "false");
    await page.clock.runFor(25_000);
    await expect(player.getByText("Step 4 of 6")).toBeVisible();
    expect(await said()).toHaveLength(before);

    // The choice survives a reload (as does the place the routine was left at, today).
    await page.reload();
    await page.getByRole("button", { name: "Resume at step 4 of 6" }).click();
    await expect(page.getByRole("dialog", { name: /Guided routine/ }).getByRole("button", { name: "Voice guidance" })).toHaveAttribute("aria-pressed", "false");
    await page.getByRole("dialog", { name: /Guided routine/ }).getByRole("button", { name: "Start from the beginning" }).click();
    await page.getByRole("dialog", { name: /Guided routine/ }).getByRole("button", { name: "Skip the check-in" }).click();
    await expect(page.getByRole("dialog", { name: /Guided routine/ }).getByText("Step 1 of 6")).toBeVisible();
    expect(await said()).toEqual([]);

    // The settings panel: voice, speed and chime, each a labelled control.
    await page.getByRole("dialog", { name: /Guided routine/ }).getByRole("button", { name: "Sound settings" }).click();
    await expect(page.getByLabel("Speak each step aloud")).not.toBeChecked();
    await expect(page.getByLabel("Voice", { exact: true })).toContainText("Test Voice");
    await page.getByLabel("Speed").selectOption({ label: "Slower" });
    expect(await page.evaluate(() => JSON.parse(window.localStorage.getItem("coach.playerSound")!))).toMatchObject({ voice: false, rate: 0.85 });
  });

  test("hides Pause on a counted step, where there is no clock to stop", async ({ page }) => {
    await page.goto("/routines/slow-neck-release");
    await page.getByRole("button", { name: "Start with the timer" }).click();
    const player = page.getByRole("dialog", { name: /Guided routine/ });
    await player.getByRole("button", { name: "Skip the check-in" }).click();
    await expect(player.getByRole("button", { name: "Pause" })).toBeVisible();
    for (let step = 0; step < 3; step++) await player.getByRole("button", { name: "Next step" }).click();
    await expect(player.getByText("6 times")).toBeVisible();
    await expect(player.getByRole("button", { name: "Pause" })).toHaveCount(0);
    await expect(player.getByRole("button", { name: "Done" })).toBeVisible();
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
