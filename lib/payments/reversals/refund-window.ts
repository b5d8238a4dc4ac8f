import { z } from "zod";
import { cleanText } from "@/lib/platform/validation/text";

/**
 * The sales page promises a 14-day refund. Whether a learner can ask for it from their account,
 * and why not when they cannot: pure, with `now` passed in.
 */
export const REFUND_WINDOW_DAYS = 14;

export interface RefundableOrder {
  status: string;
  paidAt: Date | null;
  learnerRefundAskedAt: Date | null;
  learnerRefundDeclinedAt: Date | null;
}

export type RefundAsk = { ok: true; until: Date } | { ok: false; reason: "not-paid" | "asked" | "declined" | "too-late" };

export function refundAsk(order: RefundableOrder, now: Date): RefundAsk {
  if ((order.status !== "paid" && order.status !== "unpaid") || !order.paidAt) return { ok: false, reason: "not-paid" };
  if (order.learnerRefundDeclinedAt) return { ok: false, reason: "declined" };
  if (order.learnerRefundAskedAt) return { ok: false, reason: "asked" };
  const until = new Date(order.paidAt.getTime() + REFUND_WINDOW_DAYS * 86_400_000);
  return now < until ? { ok: true, until } : { ok: false, reason: "too-late" };
}

/** What the learner is told when the button is not there or a stale page asks anyway. */
export const REFUND_REFUSALS: Record<Exclude<RefundAsk, { ok: true }>["reason"], string> = {
  "not-paid": "Only a payment that went through can be refunded.",
  asked: "You have already asked; the coach will write to you.",
  declined: "The coach has answered this request. Write to her if you want to talk it through.",
  "too-late": `The ${REFUND_WINDOW_DAYS} days for a refund have passed. Write to the coach if something went wrong.`,
};

/** The learner's request: their order and an optional word on why. */
export const refundRequestSchema = z.object({
  orderId: z.uuid("That payment is not on your account."),
  // cleanText: control characters (a NUL made PostgreSQL refuse the row, a 500) are refused in words.
  reason: cleanText({ multiline: true }).trim().max(1000, "Keep it under 1,000 characters.").default(""),
});
