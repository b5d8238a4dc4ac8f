import { existsSync } from "node:fs";

/**
 * Playwright cannot download browsers here, so every browser run uses the system Chromium:
 * CHROMIUM_PATH when set, else Debian's /usr/bin/chromium.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(candidate)) {
    console.error(
      `No Chromium at ${candidate}. Install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its binary.`,
    );
    process.exit(1);
  }
  return candidate;
}

export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), args: CHROMIUM_ARGS };
}
