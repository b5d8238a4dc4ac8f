import { describe, expect, it } from "vitest";
import { cleanText, hasControlCharacters } from "./text";

describe("text people type", () => {
  it("refuses NUL and other control characters, allowing tab everywhere and line breaks in multi-line text", () => {
    expect(hasControlCharacters("Sam\u0000")).toBe(true);
    expect(hasControlCharacters("Sam\u001b[31m")).toBe(true);
    expect(hasControlCharacters("Sam\u007f")).toBe(true);
    expect(hasControlCharacters("Sam\tReader")).toBe(false);
    expect(hasControlCharacters("line one\nline two")).toBe(true);
    expect(hasControlCharacters("line one\r\nline two", { multiline: true })).toBe(false);
    expect(hasControlCharacters("O'Brien, \"Sam\"; Ünal 🌿")).toBe(false);
  });

  it("answers with a sentence a person can act on", () => {
    const result = cleanText().safeParse("Sam\u0000");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Remove the invisible control characters from this text.");
    expect(cleanText({ multiline: true }).safeParse("one\ntwo").success).toBe(true);
  });
});
