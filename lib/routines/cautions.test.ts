import { describe, expect, it } from "vitest";
import { cautionItems, cautionLine, keyCautions } from "./cautions";

const tennis = [
  "- **Don't keep overstretching your hamstrings.** If your feet and calves are tight, pulling harder on the hamstrings can strain them.",
  "- Use moderate pressure. A good stretch, never pain.",
  "- Stand up slowly.",
].join("\n");

describe("a routine's cautions before starting", () => {
  it("takes the list items in order, the first ones as the key cautions", () => {
    expect(cautionItems(tennis)).toHaveLength(3);
    expect(keyCautions(tennis)).toEqual([
      "**Don't keep overstretching your hamstrings.** If your feet and calves are tight, pulling harder on the hamstrings can strain them.",
      "Use moderate pressure. A good stretch, never pain.",
    ]);
  });

  it("says the first one in a line: its bold lead, or else its first sentence", () => {
    expect(cautionLine(tennis)).toBe("Don't keep overstretching your hamstrings.");
    expect(cautionLine("- Move slowly. Stop if anything hurts.")).toBe("Move slowly.");
    expect(cautionLine("Keep your jaw soft, never forced")).toBe("Keep your jaw soft, never forced");
    expect(cautionLine("")).toBeNull();
  });

  it("joins a wrapped item and keeps a long line short", () => {
    expect(cautionItems("- one\n  more of one\n- two")).toEqual(["one more of one", "two"]);
    expect(cautionLine(`- ${"a".repeat(200)}`)!.length).toBe(140);
  });
});
