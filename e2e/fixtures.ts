import { test as base, expect } from "@playwright/test";

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
  expectedConsoleError: [null, { option: true }],
  failOnConsoleErrors: [
    async ({ page, expectedConsoleError }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const line = `console.error: ${message.text()} at ${message.location().url}`;
        if (expectedConsoleError?.test(line)) return;
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
