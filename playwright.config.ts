import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";

/**
 * End-to-end tests run against a production build (`next build` + `npm start`), started here on
 * the port that scripts/test-e2e.ts picked, with the database it prepared. Run them through
 * `npm run test:e2e` (or `npm test`), which sets all of that up.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
/** A second instance of the same build on the same database: what running on two machines looks like. */
const secondPort = Number(process.env.E2E_SECOND_PORT ?? port + 1);
const serverEnv = {
  E2E: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  APP_URL: baseURL,
  // The second address never signs in before e2e/trust.spec.ts tries to take it over.
  ADMIN_EMAILS: "coach@example.com,assistant@example.com,frontdesk@example.com",
  AUTH_SECRET: "e2e-only-secret-e2e-only-secret-e2e-only",
  // The tests play the proxy: each test sends its own X-Forwarded-For (e2e/fixtures.ts), so limits are per test.
  TRUST_PROXY: "1",
  // The connected-calendar journey reads from a fixture server on 127.0.0.1.
  CALENDAR_ALLOW_PRIVATE_ADDRESSES: "1",
  // Both instances share one page cache when scripts/test-e2e.ts found a Redis (decision 0009).
  ...(process.env.E2E_REDIS_URL ? { REDIS_URL: process.env.E2E_REDIS_URL, REDIS_KEY_PREFIX: process.env.E2E_REDIS_KEY_PREFIX ?? "coach-e2e:" } : {}),
};

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // Two browsers at once everywhere (Playwright's default is half the cores: one, on a small
  // machine); the tests are independent, and the app's two instances take the rest.
  workers: Number(process.env.E2E_WORKERS) || 2,
  // A whole journey through a production build on two shared cores can take half a minute.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".data/test-results/e2e.json" }]],
  outputDir: ".data/test-results/e2e-artifacts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    // The service worker would sit between most specs and the server they test; the offline spec
    // allows it for itself.
    serviceWorkers: "block",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    // The visitor's journeys at a phone's width; what does not depend on the width (access rules,
    // two instances, headers, the back office's editors) runs once, at a desktop's.
    {
      name: "phone",
      dependencies: ["setup"],
      testIgnore: /(cache|coach-settings|coach-calendars|coach-pictures|coach-bookings|email-delivery|people|action-access|admin-access|accessibility-admin|two-instances|xss|health|routine-editor|trust|sign-in-origin)\.spec\.ts/,
      use: { ...devices["Pixel 7"], launchOptions: chromiumLaunchOptions() },
    },
    { name: "desktop", dependencies: ["setup"], testIgnore: /(cache|coach-settings|coach-calendars|coach-pictures|action-access)\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions() } },
    // Specs that change the single coach profile run once, on their own, in order.
    { name: "coach", dependencies: ["setup"], testMatch: /coach-(settings|calendars|pictures)\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions() } },
    // Compare the whole database before and after, so they run once nothing else writes to it.
    { name: "actions", dependencies: ["phone", "desktop", "coach"], testMatch: /action-access\.spec\.ts/ },
    { name: "quiet", dependencies: ["actions"], testMatch: /cache\.spec\.ts/ },
  ],
  webServer: [
    {
      command: `npm start -- -p ${port} -H 127.0.0.1`,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      // Each instance its own disk, as on two machines: pictures reach the other only through the database.
      env: { ...serverEnv, UPLOADS_DIR: ".data/e2e-uploads-1" },
    },
    {
      command: `npm start -- -p ${secondPort} -H 127.0.0.1`,
      url: `http://127.0.0.1:${secondPort}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      // Its APP_URL names the first instance, and it carries a leftover AUTH_URL naming its own
      // address, as a machine set up from Auth.js's guides might: APP_URL must still decide every
      // redirect and cookie Auth.js makes (e2e/sign-in-origin.spec.ts).
      env: { ...serverEnv, UPLOADS_DIR: ".data/e2e-uploads-2", AUTH_URL: `http://localhost:${secondPort}/api/auth` },
    },
  ],
});
