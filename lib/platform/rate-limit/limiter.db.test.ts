import { afterAll, describe, expect, it } from "vitest";
import { freshTestDatabase } from "@/db/testing/test-database";
import { createRateLimiter, type RateLimiter } from "./limiter";
import { RATE_LIMITS } from "./limits";

const database = freshTestDatabase();
const opened: RateLimiter[] = [];
const open = () => {
  const limiter = createRateLimiter(database().url);
  opened.push(limiter);
  return limiter;
};

afterAll(async () => {
  await Promise.all(opened.map((limiter) => limiter.close()));
});

describe("rate limits in PostgreSQL", () => {
  it("allows the configured number of requests, then says how long to wait", async () => {
    const limiter = open();
    const { points } = RATE_LIMITS.signInPerEmail;
    for (let index = 0; index < points; index += 1) {
      expect((await limiter.consume("signInPerEmail", "reader@example.com")).ok).toBe(true);
    }
    const refused = await limiter.consume("signInPerEmail", "reader@example.com");
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.retryAfterMs).toBeGreaterThan(0);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(RATE_LIMITS.signInPerEmail.durationSeconds * 1000);
    }
    // Another address, and another limit for the same key, are counted apart.
    expect((await limiter.consume("signInPerEmail", "other@example.com")).ok).toBe(true);
    expect((await limiter.consume("signInPerIp", "reader@example.com")).ok).toBe(true);
  });

  it("is shared by every instance: two limiters count against one store", async () => {
    const first = open();
    const second = open();
    const { points } = RATE_LIMITS.signInPerEmail;
    for (let index = 0; index < points; index += 1) {
      const limiter = index % 2 === 0 ? first : second;
      expect((await limiter.consume("signInPerEmail", "Shared@Example.com")).ok).toBe(true);
    }
    expect((await first.consume("signInPerEmail", "shared@example.com")).ok).toBe(false);
    expect((await second.consume("signInPerEmail", "shared@example.com")).ok).toBe(false);
  });
});
