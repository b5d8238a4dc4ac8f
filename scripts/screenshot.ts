/**
 * Looks at pages the way a person would: `npm run screenshot -- http://localhost:3000/ /routines`
 * writes a phone (390 px) and a desktop (1280 px) full-page PNG of each path to .data/screenshots.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium";

const [base = "http://localhost:3000", ...paths] = process.argv.slice(2);
const outDir = ".data/screenshots";
const fullPage = process.env.FULL_PAGE !== "0";
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions());
const viewports = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 800 },
];
const colorScheme = process.env.COLOR_SCHEME === "dark" ? "dark" : "light";
for (const path of paths.length ? paths : ["/"]) {
  for (const viewport of viewports) {
    const page = await browser.newPage({ viewport, colorScheme });
    await page.goto(new URL(path, base).toString(), { waitUntil: "networkidle" });
    const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, "_") || "home"}-${viewport.name}${colorScheme === "dark" ? "-dark" : ""}.png`;
    await page.screenshot({ path: file, fullPage });
    console.log(file);
    await page.close();
  }
}
await browser.close();
