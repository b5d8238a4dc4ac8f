import AxeBuilder from "@axe-core/playwright";

/** Serious and critical WCAG 2.2 AA violations on the page as it is now, one line each. */
export async function seriousViolations(page: import("@playwright/test").Page) {
  // Colours are measured as they settle: a tile caught halfway through its 300 ms fade to the
  // chosen colour reads as low contrast although neither end of the fade is. (A pulse that never
  // ends is not waited for.)
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running" || animation.effect?.getTiming().iterations === Infinity));
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")})`);
}
