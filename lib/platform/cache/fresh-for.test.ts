import { describe, expect, it } from "vitest";
import { freshFor } from "./fresh-for";

describe("freshFor", () => {
  it("reads once for every caller within the age, again after it, and again after clear", async () => {
    let clock = 0;
    let reads = 0;
    const value = freshFor(async () => (reads += 1), 10_000, () => clock);
    expect(await Promise.all([value.get(), value.get(), value.get()])).toEqual([1, 1, 1]);
    clock = 9_999;
    expect(await value.get()).toBe(1);
    clock = 10_000;
    expect(await value.get()).toBe(2);
    value.clear();
    expect(await value.get()).toBe(3);
    expect(reads).toBe(3);
  });

  it("does not keep a failed read", async () => {
    let fail = true;
    const value = freshFor(async () => {
      if (fail) throw new Error("database down");
      return "ok";
    }, 10_000, () => 0);
    await expect(value.get()).rejects.toThrow("database down");
    fail = false;
    expect(await value.get()).toBe("ok");
  });
});
