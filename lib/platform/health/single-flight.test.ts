import { describe, expect, it } from "vitest";
import { singleFlight } from "./single-flight";

describe("singleFlight", () => {
  it("shares one call among callers that arrive while it runs, and starts a new one after", async () => {
    let calls = 0;
    let release: (value: number) => void = () => {};
    const ask = singleFlight(() => {
      calls += 1;
      return new Promise<number>((resolve) => (release = resolve));
    });
    const first = [ask(), ask(), ask()];
    release(7);
    expect(await Promise.all(first)).toEqual([7, 7, 7]);
    expect(calls).toBe(1);
    const second = ask();
    release(8);
    expect(await second).toBe(8);
    expect(calls).toBe(2);
  });

  it("lets a failure reach every waiting caller, and tries again next time", async () => {
    let calls = 0;
    const ask = singleFlight(async () => {
      calls += 1;
      if (calls === 1) throw new Error("down");
      return "up";
    });
    await expect(Promise.all([ask(), ask()])).rejects.toThrow("down");
    expect(await ask()).toBe("up");
  });
});

describe("singleFlight with a call that hangs", () => {
  it("stops sharing it after maxAgeMs", async () => {
    let clock = 0;
    let calls = 0;
    const ask = singleFlight(() => {
      calls += 1;
      return calls === 1 ? new Promise<string>(() => {}) : Promise.resolve("up");
    }, 5_000, () => clock);
    void ask();
    clock = 4_999;
    void ask();
    expect(calls).toBe(1);
    clock = 5_000;
    expect(await ask()).toBe("up");
    expect(calls).toBe(2);
  });
});
