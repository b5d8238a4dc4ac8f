import { describe, expect, it } from "vitest";
import { renderEmail } from "./render";

describe("letters as readers get them", () => {
  it("a single newline is a line break, and link words never break in the middle", async () => {
    const { html } = await renderEmail("newsletter-welcome", {
      coachName: "Mira Holloway",
      firstName: "Sam",
      subject: "Welcome",
      body: "Roll the left foot.\nThen the right.\n\nStart with [the foot release](/routines/tennis-ball-foot-release).",
      appUrl: "https://coach.example",
      unsubscribeUrl: "https://coach.example/newsletter/preferences/x",
    });
    expect(html).toMatch(/Roll the left foot\.<br\s*\/?>\s*(<!-- -->)?Then the right\./);
    expect(html).toContain('href="https://coach.example/routines/tennis-ball-foot-release"');
    expect(html).not.toContain("break-all");
    expect(html).toContain("overflow-wrap:break-word");
  });
});
