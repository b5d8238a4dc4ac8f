import { expect, test } from "./fixtures";

const TENNIS = "/routines/tennis-ball-foot-release";

// Issue 29, routines: each of these failed on the build before the change.
test.describe("a routine, the details", () => {
  test("closing the player keeps your place for the rest of the day", async ({ page }) => {
    await page.goto(TENNIS);
    await page.getByRole("button", { name: "Start with the timer" }).click();
    const player = page.getByRole("dialog", { name: /Guided routine/ });
    await player.getByText("7", { exact: true }).click();
    await player.getByRole("button", { name: "Begin" }).click();
    await player.getByRole("button", { name: "Next step" }).click();
    await player.getByRole("button", { name: "Next step" }).click();
    await expect(player.getByText("Step 3 of 6")).toBeVisible();
    await player.getByRole("button", { name: "Close the player" }).click();

    // Even after a reload, the page offers the place, and the player resumes there, paused.
    await page.reload();
    await page.getByRole("button", { name: "Resume at step 3 of 6" }).click();
    await expect(player.getByText("You stopped at step 3 of 6 earlier today.")).toBeVisible();
    await player.getByRole("button", { name: "Resume at step 3" }).click();
    await expect(player.getByText("Step 3 of 6")).toBeVisible();
    await expect(player.getByText("Paused")).toBeVisible();
    await player.getByRole("button", { name: "Resume", exact: true }).click();
    await expect(player.getByText("Paused")).toHaveCount(0);

    // Starting over forgets it.
    await player.getByRole("button", { name: "Close the player" }).click();
    await page.getByRole("button", { name: "Resume at step 3 of 6" }).click();
    await player.getByRole("button", { name: "Start from the beginning" }).click();
    await player.getByRole("button", { name: "Skip the check-in" }).click();
    await expect(player.getByText("Step 1 of 6")).toBeVisible();
  });

  test("the player's title is whole, and the small links are full-size tap targets", async ({ page, isMobile }) => {
    await page.goto(TENNIS);
    for (const link of [page.getByRole("link", { name: "← All routines" }), ...(isMobile ? [page.getByRole("link", { name: "All the cautions" })] : [])]) {
      const box = (await link.boundingBox())!;
      expect(box.height, await link.innerText()).toBeGreaterThanOrEqual(44);
    }
    await page.getByRole("button", { name: "Start with the timer" }).click();
    const title = page.getByRole("dialog", { name: /Guided routine/ }).getByText("Tennis-ball foot release", { exact: true });
    await expect(title).toBeVisible();
    const cut = await title.evaluate((element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
    expect(cut, "the title fits without being cut off").toBe(false);
  });
});

test.describe("a routine saved for offline", () => {
  test.use({
    serviceWorkers: "allow",
    // Offline, the browser reports each request it could not make (the header's account check).
    expectedConsoleError: /ERR_INTERNET_DISCONNECTED|Failed to fetch/,
  });

  test("a routine reached by a tap on the very first visit says it is saved, and plays offline", async ({ page, context }) => {
    await page.goto("/routines");
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.getByRole("link", { name: /Tennis-ball foot release/ }).first().click();
    await expect(page).toHaveURL(new RegExp(`${TENNIS}$`));
    await expect(page.getByRole("status").filter({ hasText: "Saved for offline" })).toBeVisible({ timeout: 20_000 });

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tennis-ball foot release");
    await page.getByRole("button", { name: "Start with the timer" }).click();
    await page.getByRole("dialog", { name: /Guided routine/ }).getByRole("button", { name: "Skip the check-in" }).click();
    await expect(page.getByText("Step 1 of 6")).toBeVisible();
  });

  test("where the browser offers to install the site, the routine has a button for it", async ({ page }) => {
    await page.goto(TENNIS);
    await expect(page.getByRole("button", { name: "Add to home screen" })).toHaveCount(0);
    // Headless Chromium never decides on its own that a site is worth offering; play its event.
    await page.evaluate(() => {
      const event = new Event("beforeinstallprompt", { cancelable: true }) as Event & { prompt: () => Promise<void>; userChoice: Promise<{ outcome: string }> };
      event.prompt = async () => void ((window as unknown as { prompted: boolean }).prompted = true);
      event.userChoice = Promise.resolve({ outcome: "accepted" });
      window.dispatchEvent(event);
    });
    await page.getByRole("button", { name: "Add to home screen" }).click();
    expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(true);
    await expect(page.getByRole("button", { name: "Add to home screen" })).toHaveCount(0);
  });
});
