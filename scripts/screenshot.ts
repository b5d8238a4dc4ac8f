/**
 * Looks at pages the way a person would:
 *   npx tsx scripts/screenshot.ts http://localhost:3000 / /routines
 * writes a phone (390 px) and a desktop (1280 px) PNG of each path to .data/screenshots.
 * SIGN_IN_AS=coach@example.com signs in through the local mailbox first (development only);
 * SESSION_TOKEN=… sends that session's cookie instead.
 * FULL_PAGE=0 captures only the first screen; COLOR_SCHEME=dark uses the dark theme.
 */
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium";

const [base = "http://localhost:3000", ...paths] = process.argv.slice(2);
const outDir = ".data/screenshots";
const fullPage = process.env.FULL_PAGE !== "0";
const colorScheme = process.env.COLOR_SCHEME === "dark" ? "dark" : "light";
mkdirSync(outDir, { recursive: true });

async function signIn(page: Page, email: string) {
  await page.goto(new URL("/sign-in", base).toString());
  await page.getByLabel("Your email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.waitForURL(/check-email/);
  await page.goto(new URL(`/dev/mailbox?to=${encodeURIComponent(email)}`, base).toString());
  const link = await page.getByRole("list", { name: "Links in this message" }).first().getByRole("link").first().getAttribute("href");
  if (!link) throw new Error("No sign-in link in the mailbox");
  await page.goto(link);
}

const browser = await chromium.launch(chromiumLaunchOptions());
const viewports = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 800 },
];
for (const viewport of viewports) {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  if (process.env.SIGN_IN_AS) await signIn(page, process.env.SIGN_IN_AS);
  // SESSION_TOKEN=… uses a session already in the database (a bench's kept one), with no sign-in mail.
  if (process.env.SESSION_TOKEN) await context.addCookies([{ name: "authjs.session-token", value: process.env.SESSION_TOKEN, url: base }]);
  for (const path of paths.length ? paths : ["/"]) {
    await page.goto(new URL(path, base).toString(), { waitUntil: "networkidle" });
    const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, "_") || "home"}-${viewport.name}${colorScheme === "dark" ? "-dark" : ""}.png`;
    await page.screenshot({ path: file, fullPage });
    console.log(file);
  }
  await context.close();
}
await browser.close();
