import { describe, expect, it } from "vitest";
import { formatSlot } from "@/lib/booking/slot-format";
import { localeFromAcceptLanguage } from "./request-locale";

describe("the visitor's locale", () => {
  it("takes the first supported language, and British English otherwise", () => {
    expect(localeFromAcceptLanguage("en-US,en;q=0.9")).toBe("en-US");
    expect(localeFromAcceptLanguage("xx-invalid-@@, de-DE;q=0.8")).toBe("de-DE");
    expect(localeFromAcceptLanguage("*")).toBe("en-GB");
    expect(localeFromAcceptLanguage(null)).toBe("en-GB");
  });

  it("gives an en-US visitor 12-hour times and keeps the fixed form for emails", () => {
    const start = new Date("2026-06-02T13:00:00Z");
    const end = new Date("2026-06-02T13:30:00Z");
    expect(formatSlot(start, end, "America/New_York", "en-US")).toMatch(/9:00\s?AM–9:30\s?AM$/);
    expect(formatSlot(start, end, "America/New_York")).toBe("Tuesday, 2 June 2026, 09:00–09:30");
  });
});
