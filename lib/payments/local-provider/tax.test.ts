import { describe, expect, it } from "vitest";
import { localTax } from "./tax";

describe("the local stand-in for Stripe Tax", () => {
  it("finds the tax inside an inclusive price and adds it to an exclusive one", () => {
    expect(localTax(14900, "DE", true)).toBe(14900 - Math.round(14900 / 1.19));
    expect(localTax(14900, "DE", false)).toBe(2831);
  });

  it("charges nothing where it knows no rate, or without a country", () => {
    expect(localTax(14900, "US", false)).toBe(0);
    expect(localTax(14900, "ZZ", false)).toBe(0);
    expect(localTax(14900, null, true)).toBe(0);
  });
});
