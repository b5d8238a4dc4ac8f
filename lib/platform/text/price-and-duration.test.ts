import { describe, expect, it } from "vitest";
import { formatPrice, formatRunningTime } from "./price-and-duration";

describe("formatPrice", () => {
  it("shows whole amounts without cents", () => {
    expect(formatPrice(14900, "usd")).toBe("$149");
  });
  it("keeps cents when there are some", () => {
    expect(formatPrice(14950, "usd")).toBe("$149.50");
  });
  it("uses the course's currency", () => {
    expect(formatPrice(9900, "eur")).toBe("€99");
  });
});

describe("formatRunningTime", () => {
  it("reads as minutes under an hour and hours above", () => {
    expect(formatRunningTime(45 * 60)).toBe("45 min");
    expect(formatRunningTime(120 * 60)).toBe("2 h");
    expect(formatRunningTime(125 * 60)).toBe("2 h 5 min");
  });
});
