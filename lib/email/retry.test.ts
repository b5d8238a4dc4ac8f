import { describe, expect, it } from "vitest";
import { decideRetry, parseRetryAfter, type RetryPolicy } from "./retry";

const policy: RetryPolicy = { maxAttempts: 4, baseDelaySeconds: 10, maxDelaySeconds: 60 };

describe("decideRetry", () => {
  it("backs off exponentially", () => {
    expect(decideRetry(1, { message: "500" }, policy)).toEqual({ kind: "retry", delaySeconds: 10 });
    expect(decideRetry(2, { message: "500" }, policy)).toEqual({ kind: "retry", delaySeconds: 20 });
    expect(decideRetry(3, { message: "500" }, policy)).toEqual({ kind: "retry", delaySeconds: 40 });
  });

  it("never waits longer than the cap", () => {
    expect(decideRetry(3, { message: "500" }, { ...policy, maxAttempts: 10 })).toEqual({ kind: "retry", delaySeconds: 40 });
    expect(decideRetry(5, { message: "500" }, { ...policy, maxAttempts: 10 })).toEqual({ kind: "retry", delaySeconds: 60 });
  });

  it("honours the provider's retry-after", () => {
    expect(decideRetry(1, { message: "429", retryAfterSeconds: 7 }, policy)).toEqual({ kind: "retry", delaySeconds: 7 });
    expect(decideRetry(1, { message: "429", retryAfterSeconds: 0.2 }, policy)).toEqual({ kind: "retry", delaySeconds: 1 });
  });

  it("gives up after the last attempt or on a permanent failure", () => {
    expect(decideRetry(4, { message: "500" }, policy)).toEqual({ kind: "give-up" });
    expect(decideRetry(1, { message: "422 invalid address", permanent: true }, policy)).toEqual({ kind: "give-up" });
  });
});

describe("parseRetryAfter", () => {
  const now = new Date("2026-11-25T12:00:00Z");
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("3", now)).toBe(3);
    expect(parseRetryAfter("Wed, 25 Nov 2026 12:00:30 GMT", now)).toBe(30);
  });
  it("ignores what it cannot read", () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });
});
