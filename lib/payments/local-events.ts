import { randomBytes } from "node:crypto";

/**
 * Stripe-shaped events for the local provider and the tests: the same JSON Stripe would post,
 * carrying only the fields fulfilment reads, so the local path exercises the real webhook.
 */

export function localId(prefix: string): string {
  return `${prefix}_local_${randomBytes(12).toString("hex")}`;
}

function event(type: string, object: Record<string, unknown>, now: Date) {
  return {
    id: localId("evt"),
    object: "event",
    api_version: "2026-10-28",
    created: Math.floor(now.getTime() / 1000),
    livemode: false,
    type,
    data: { object },
  };
}

export interface LocalSessionFacts {
  sessionId: string;
  orderId: string;
  courseId: string;
  amount: number;
  currency: string;
  email: string;
  paymentIntentId: string;
  paymentStatus: "paid" | "unpaid";
}

export function checkoutSessionObject(facts: LocalSessionFacts) {
  return {
    id: facts.sessionId,
    object: "checkout.session",
    mode: "payment",
    client_reference_id: facts.orderId,
    metadata: { order_id: facts.orderId, course_id: facts.courseId },
    payment_status: facts.paymentStatus,
    status: facts.paymentStatus === "paid" ? "complete" : "open",
    amount_subtotal: facts.amount,
    amount_total: facts.amount,
    currency: facts.currency,
    customer_email: facts.email,
    customer_details: { email: facts.email },
    payment_intent: facts.paymentIntentId,
  };
}

export type CheckoutEventType =
  | "checkout.session.completed"
  | "checkout.session.async_payment_succeeded"
  | "checkout.session.async_payment_failed"
  | "checkout.session.expired";

export function checkoutSessionEvent(type: CheckoutEventType, facts: LocalSessionFacts, now: Date) {
  return event(type, checkoutSessionObject(facts), now);
}

export function chargeRefundedEvent(input: { paymentIntentId: string; amount: number; amountRefunded?: number }, now: Date) {
  const refunded = input.amountRefunded ?? input.amount;
  return event(
    "charge.refunded",
    {
      id: localId("ch"),
      object: "charge",
      amount: input.amount,
      amount_refunded: refunded,
      refunded: refunded >= input.amount,
      payment_intent: input.paymentIntentId,
    },
    now,
  );
}

export function disputeEvent(
  type: "charge.dispute.created" | "charge.dispute.closed",
  input: { paymentIntentId: string; status: string },
  now: Date,
) {
  return event(type, { id: localId("dp"), object: "dispute", status: input.status, payment_intent: input.paymentIntentId }, now);
}
