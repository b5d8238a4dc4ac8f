import { describe, expect, it } from "vitest";
import { retryAfterMessage } from "./limits";

describe("retryAfterMessage", () => {
  it("rounds up to a unit people read", () => {
    expect(retryAfterMessage(400)).toBe("Please try again in 1 second.");
    expect(retryAfterMessage(42_100)).toBe("Please try again in 43 seconds.");
    expect(retryAfterMessage(60_000)).toBe("Please try again in 1 minute.");
    expect(retryAfterMessage(11 * 60_000 + 1)).toBe("Please try again in 12 minutes.");
    expect(retryAfterMessage(2 * 3600_000)).toBe("Please try again in 2 hours.");
  });
});
