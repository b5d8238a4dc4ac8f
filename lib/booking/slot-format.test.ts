import { describe, expect, it } from "vitest";
import { formatSlot, formatTime, zoneLabel } from "./slot-format";

describe("booking times", () => {
  const start = new Date("2026-06-02T07:00:00Z");
  const end = new Date("2026-06-02T07:30:00Z");
  it("reads in the coach's zone and in the visitor's", () => {
    expect(formatSlot(start, end, "Europe/Berlin")).toBe("Tuesday, 2 June 2026, 09:00–09:30");
    expect(formatSlot(start, end, "America/New_York")).toBe("Tuesday, 2 June 2026, 03:00–03:30");
    expect(formatTime(start, "Asia/Tokyo")).toBe("16:00");
  });
  it("follows the visitor's clock in the page's English words when given one", () => {
    expect(formatSlot(start, end, "Europe/Berlin", "en-GB", "h12")).toMatch(/^Tuesday,? 2 June 2026, 9:00\sam–9:30\sam$/);
    expect(formatSlot(start, end, "America/New_York", "en-US", "h23")).toBe("Tuesday, June 2, 2026, 03:00–03:30");
  });
  it("labels zones readably", () => {
    expect(zoneLabel("America/New_York")).toBe("America / New York");
  });
});
