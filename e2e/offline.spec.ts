import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium";
import { expect, test } from "./fixtures";
import { signInWithEmail, uniqueEmail } from "./support/mailbox";

const TENNIS = "/routines/tennis-ball-foot-release";
// 20 + 10 + 10 + 10 + 20 + 10 seconds.
const TENNIS_SECONDS = 80;

// Every other spec blocks service workers (playwright.config.ts); these are about the worker.
test.use({
  serviceWorkers: "allow",
  // Offline, the browser reports each request it could not make (the header's account check).
  expectedConsoleError: /ERR_INTERNET_DISCONNECTED|Failed to fetch/,
});

test.describe("an installable, offline player", () => {
  test.skip(({ isMobile }) => !isMobile, "the phone is where a routine is played on the floor");

  test("the site can be installed: a manifest with icons and a worker that answers fetches", async ({ page, baseURL }) => {
    const manifest = await (await page.request.get("/manifest.webmanifest")).json();
    expect(manifest).toMatchObject({ display: "standalone", start_url: "/routines" });
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));

    // Chromium's own installability check, the one behind its install prompt. Test contexts are
    // incognito, where nothing installs, so this one runs in a profile of its own.
    const profile = await mkdtemp(path.join(tmpdir(), "install-check-"));
    const browser = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions(), baseURL });
    try {
      const installable = await browser.newPage();
      await installable.goto("/routines");
      await installable.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      const cdp = await browser.newCDPSession(installable);
      await expect.poll(async () => (await cdp.send("Page.getInstallabilityErrors")).installabilityErrors.map((error) => error.errorId)).toEqual([]);
    } finally {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    }
  });

  test("a routine opened once plays offline, and its check-in reaches the account once back online", async ({ page, context }) => {
    await signInWithEmail(page, uniqueEmail("offline"));
    await page.goto(TENNIS);
    // The worker keeps the page and the files it was built from.
    await expect
      .poll(() => page.evaluate(async () => Boolean(await caches.match(location.href, { ignoreVary: true }))), { timeout: 15_000 })
      .toBe(true);
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).includes("assets-v1") && (await (await caches.open("assets-v1")).keys()).some((request) => request.url.includes("/_next/static/"))))
      .toBe(true);
    // …and every step's picture, not only the ones on screen.
    await expect
      .poll(() => page.evaluate(async () => new Set((await (await caches.open("assets-v1")).keys()).map((request) => request.url).filter((url) => url.includes("/uploads/seed/"))).size))
      .toBeGreaterThanOrEqual(3);

    await context.setOffline(true);
    await page.clock.install();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tennis-ball foot release");
    expect(await page.evaluate(() => fetch("/api/health").then(() => "reached the server", () => "offline"))).toBe("offline");

    await page.getByRole("button", { name: "Start with the timer" }).click();
    const player = page.getByRole("dialog", { name: /Guided routine/ });
    await player.getByText("6", { exact: true }).click();
    await page.clock.pauseAt(new Date(Date.now() + 2_000));
    await player.getByRole("button", { name: "Begin" }).click();
    await page.clock.runFor(TENNIS_SECONDS * 1000);
    await expect(player.getByText("Well done. You finished the routine.")).toBeVisible();
    await player.getByText("2", { exact: true }).click();
    await player.getByRole("button", { name: "Save and finish" }).click();
    await expect(player.getByText(/You are offline\. This check-in is kept on this device/)).toBeVisible();

    // Back online, the kept check-in goes to the account by itself, once.
    await context.setOffline(false);
    await expect(player.getByText("Saved to your account.")).toBeVisible();
    await page.goto("/account");
    await expect(page.getByRole("figure").filter({ hasText: "Tennis-ball foot release" })).toContainText("Last time: 6 → 2");
    expect(await page.evaluate(() => window.localStorage.getItem("coach.pendingCheckIns"))).toBeNull();
  });

  test("a page never kept shows the offline page, listing the routines that still play", async ({ page, context }) => {
    await page.goto(TENNIS);
    await expect.poll(() => page.evaluate(async () => Boolean(await caches.match(location.href, { ignoreVary: true }))), { timeout: 15_000 }).toBe(true);
    await expect
      .poll(() => page.evaluate(async () => new Set((await (await caches.open("assets-v1")).keys()).map((request) => request.url).filter((url) => url.includes("/uploads/seed/"))).size))
      .toBeGreaterThanOrEqual(3);
    await context.setOffline(true);
    await page.goto("/newsletter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline. Your routines are not.");
    await page.getByRole("region", { name: "On this device" }).getByRole("link", { name: "Tennis ball foot release" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tennis-ball foot release");
  });
});
