import { test as base, expect } from "@playwright/test";

/**
 * The editor specs publish and delete routines of their own while other specs run; a link to one
 * that has just gone answers 404 when the browser prefetches it. Their slugs are recognisable.
 */
const OTHER_SPECS_ROUTINES = /status of 404.* at http:\/\/[^/]+\/routines\/(shoulder-drop-|[a-z-]+-copy)/;

/**
 * Emails are shown in iframes sandboxed without scripts; Chromium reports each script it refuses
 * there (including the test runner's own helpers). That line is the sandbox working, not a bug.
 */
const SANDBOX_BLOCKED_SCRIPT = /Blocked script execution in 'about:srcdoc'/;

interface Options {
  /**
   * Console errors a test expects, matched against "console.error: <text> at <url>", e.g. the
   * browser's own log line for a deliberate 404. One RegExp (use | for several): Playwright reads
   * arrays and functions given to test.use() as fixture definitions.
   */
  expectedConsoleError: RegExp | null;
}

/**
 * Every test fails on a browser console error or an uncaught page error, the way a careful person
 * would notice a broken page even when the assertion they were checking happened to pass.
 */
export const test = base.extend<Options & { failOnConsoleErrors: void }>({
  // Each test looks like its own visitor to the per-IP rate limits, as behind a real proxy;
  // without this every test would share 127.0.0.1's sign-in allowance.
  context: async ({ context }, use) => {
    const octet = () => Math.floor(Math.random() * 254) + 1;
    await context.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.${octet()}.${octet()}` });
    await use(context);
  },
  expectedConsoleError: [null, { option: true }],
  failOnConsoleErrors: [
    async ({ page, expectedConsoleError }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const line = `console.error: ${message.text()} at ${message.location().url}`;
        if ([expectedConsoleError, SANDBOX_BLOCKED_SCRIPT, OTHER_SPECS_ROUTINES].some((pattern) => pattern?.test(line))) return;
        errors.push(line);
      });
      page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
      await use();
      expect(errors, "the browser reported errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
