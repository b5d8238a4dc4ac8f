import { describe, expect, it } from "vitest";
import { suppressionFor } from "./suppression-rules";

const at = new Date("2026-12-02T10:00:00Z");

describe("suppressionFor", () => {
  it("suppresses for good after a hard bounce or a complaint", () => {
    expect(suppressionFor({ type: "email.bounced", bounceType: "Permanent", occurredAt: at }, 1)).toEqual({ reason: "hard-bounce", until: null });
    expect(suppressionFor({ type: "email.complained", bounceType: null, occurredAt: at }, 0)).toEqual({ reason: "complaint", until: null });
  });

  it("suppresses for 30 days at the third soft bounce, not before", () => {
    const soft = { type: "email.bounced" as const, bounceType: "Transient", occurredAt: at };
    expect(suppressionFor(soft, 2)).toBeNull();
    expect(suppressionFor(soft, 3)).toEqual({ reason: "soft-bounces", until: new Date("2027-01-01T10:00:00Z") });
    expect(suppressionFor({ ...soft, bounceType: "Undetermined" }, 3)?.reason).toBe("soft-bounces");
  });

  it("never suppresses for a delivery or a delay", () => {
    expect(suppressionFor({ type: "email.delivered", bounceType: null, occurredAt: at }, 9)).toBeNull();
    expect(suppressionFor({ type: "email.delivery_delayed", bounceType: null, occurredAt: at }, 9)).toBeNull();
  });
});

describe("recipientAddress", () => {
  it("reads a bare address or one with a display name, and nothing else", async () => {
    const { recipientAddress } = await import("./delivery-events");
    expect(recipientAddress("Sam@Example.com")).toBe("sam@example.com");
    expect(recipientAddress("Sam Reader <Sam@Example.com>")).toBe("sam@example.com");
    expect(recipientAddress("not an address")).toBeNull();
  });
});
