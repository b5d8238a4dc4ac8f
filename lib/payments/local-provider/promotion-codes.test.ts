import { describe, expect, it } from "vitest";
import { localDiscount } from "./promotion-codes";

describe("local promotion codes", () => {
  it("takes nothing off without a code", () => {
    expect(localDiscount(9900, "", false)).toEqual({ ok: true, discount: 0, code: null });
    expect(localDiscount(9900, undefined, true)).toEqual({ ok: true, discount: 0, code: null });
  });
  it("knows its test code in any case and rounds to the cent", () => {
    expect(localDiscount(9900, " welcome20 ", false)).toEqual({ ok: true, discount: 1980, code: "WELCOME20" });
    expect(localDiscount(1999, "WELCOME20", false)).toEqual({ ok: true, discount: 400, code: "WELCOME20" });
  });
  it("refuses an unknown code, and any code on a plan, with a reason", () => {
    expect(localDiscount(9900, "FREE", false)).toMatchObject({ ok: false, message: expect.stringContaining("not a valid promotion code") });
    expect(localDiscount(5500, "WELCOME20", true)).toMatchObject({ ok: false, message: expect.stringContaining("one-time price") });
  });
});
