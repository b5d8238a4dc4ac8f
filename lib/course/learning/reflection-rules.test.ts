import { describe, expect, it } from "vitest";
import { formatPrompts, parsePrompts, promptId, unanswered } from "./reflection-rules";

describe("reflection prompts", () => {
  it("reads one prompt per line and gives each a stable id from its words", () => {
    const parsed = parsePrompts("  Where did you feel the shaking?\r\n\nWhat helped you stay in your window?  ");
    expect(parsed).toEqual({
      ok: true,
      value: [
        { id: promptId("Where did you feel the shaking?"), text: "Where did you feel the shaking?" },
        { id: promptId("What helped you stay in your window?"), text: "What helped you stay in your window?" },
      ],
    });
    expect(promptId("Same words")).toBe(promptId("  Same words "));
    expect(formatPrompts(parsed.ok ? parsed.value : [])).toBe("Where did you feel the shaking?\nWhat helped you stay in your window?");
  });

  it("refuses too many, too long or repeated prompts, saying which", () => {
    expect(parsePrompts("a\nb\nc\nd\ne\nf")).toEqual({ ok: false, error: expect.stringContaining("5 prompts") });
    expect(parsePrompts(`short\n${"x".repeat(301)}`)).toEqual({ ok: false, error: "Prompt 2 is longer than 300 characters." });
    expect(parsePrompts("same\nsame")).toEqual({ ok: false, error: expect.stringContaining("the same") });
    expect(parsePrompts("   \n")).toEqual({ ok: true, value: [] });
  });

  it("counts a blank answer as no answer", () => {
    const prompts = [
      { id: "a", text: "A?" },
      { id: "b", text: "B?" },
    ];
    expect(unanswered(prompts, new Map([["a", "yes"], ["b", "  \n "]]))).toEqual([{ id: "b", text: "B?" }]);
    expect(unanswered(prompts, new Map([["a", "yes"], ["b", "no"]]))).toEqual([]);
    expect(unanswered(prompts, new Map([["a", "\u200B\u2060\uFEFF"], ["b", "no"]]))).toEqual([{ id: "a", text: "A?" }]);
  });
});
