import { describe, expect, it } from "vitest";
import { clockHabit, pageEnglish, readingHabit } from "./clock";

describe("how a visitor reads a booking's times", () => {
  it("takes the clock habit from the locale", () => {
    expect(clockHabit("en-US")).toBe("h12");
    expect(clockHabit("en-IN")).toBe("h12");
    expect(clockHabit("de-DE")).toBe("h23");
    expect(clockHabit("en-GB")).toBe("h23");
    expect(clockHabit("fr")).toBe("h23");
  });

  it("falls back to 24 hours for no locale or a broken one", () => {
    expect(clockHabit(null)).toBe("h23");
    expect(clockHabit("not a locale!")).toBe("h23");
  });

  it("writes words in English: the visitor's variant of it, else the site's", () => {
    expect(pageEnglish("en-US")).toBe("en-US");
    expect(pageEnglish("en-AU")).toBe("en-AU");
    expect(pageEnglish("de-DE")).toBe("en-GB");
    expect(pageEnglish("ja")).toBe("en-GB");
    expect(pageEnglish(undefined)).toBe("en-GB");
    expect(pageEnglish("en-!!")).toBe("en-GB");
  });

  it("lets a chosen clock win over the locale's, and ignores one that is not a clock", () => {
    expect(readingHabit("de-DE", "h12")).toEqual({ words: "en-GB", hourCycle: "h12" });
    expect(readingHabit("en-US", "h23")).toEqual({ words: "en-US", hourCycle: "h23" });
    expect(readingHabit("en-US", "h24")).toEqual({ words: "en-US", hourCycle: "h12" });
  });
});
