import { describe, expect, it } from "vitest";
import { refundAsk, refundRequestSchema } from "./refund-window";

const paidAt = new Date("2026-12-01T10:00:00Z");
const order = { status: "paid", paidAt, learnerRefundAskedAt: null, learnerRefundDeclinedAt: null };

describe("asking for the 14-day refund", () => {
  it("is open for 14 days from the payment, to the second", () => {
    expect(refundAsk(order, new Date("2026-12-15T09:59:59Z"))).toEqual({ ok: true, until: new Date("2026-12-15T10:00:00Z") });
    expect(refundAsk(order, new Date("2026-12-15T10:00:00Z"))).toEqual({ ok: false, reason: "too-late" });
  });
  it("is open to a plan whose instalment is unpaid, once, and never to an unpaid or refunded order", () => {
    expect(refundAsk({ ...order, status: "unpaid" }, paidAt).ok).toBe(true);
    expect(refundAsk({ ...order, learnerRefundAskedAt: paidAt }, paidAt)).toEqual({ ok: false, reason: "asked" });
    expect(refundAsk({ ...order, learnerRefundAskedAt: paidAt, learnerRefundDeclinedAt: paidAt }, paidAt)).toEqual({ ok: false, reason: "declined" });
    expect(refundAsk({ ...order, status: "refunded" }, paidAt)).toEqual({ ok: false, reason: "not-paid" });
    expect(refundAsk({ ...order, status: "pending", paidAt: null }, paidAt)).toEqual({ ok: false, reason: "not-paid" });
  });
});

describe("the refund request's words", () => {
  const orderId = "9c05fbed-d809-440a-8357-2d3aa11929e5";
  it("takes lines of text, and refuses control characters and more than 1,000 characters with a reason", () => {
    expect(refundRequestSchema.parse({ orderId, reason: "  Too much\nright now.  " })).toEqual({ orderId, reason: "Too much\nright now." });
    expect(refundRequestSchema.safeParse({ orderId, reason: "a\u0000b" }).success).toBe(false);
    expect(refundRequestSchema.safeParse({ orderId, reason: "x".repeat(1001) }).error?.issues[0]?.message).toBe("Keep it under 1,000 characters.");
    expect(refundRequestSchema.safeParse({ orderId: "not-an-id" }).success).toBe(false);
  });
});
