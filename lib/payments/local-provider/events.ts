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
  paymentIntentId: string | null;
  paymentStatus: "paid" | "unpaid";
  /** A payment plan's checkout (subscription mode) names its subscription and first invoice. */
  subscriptionId?: string | null;
  invoiceId?: string | null;
  /** Stripe Tax's share: added on top (exclusive prices) or found inside (inclusive). */
  amountTax?: number;
  taxExclusive?: boolean;
  country?: string | null;
  taxIds?: { type: string; value: string }[];
  /** Taken off by a promotion code, before tax, as Stripe does. */
  discount?: number;
}

export function checkoutSessionObject(facts: LocalSessionFacts) {
  const tax = facts.amountTax ?? 0;
  return {
    id: facts.sessionId,
    object: "checkout.session",
    mode: facts.subscriptionId ? "subscription" : "payment",
    client_reference_id: facts.orderId,
    metadata: { order_id: facts.orderId, course_id: facts.courseId },
    payment_status: facts.paymentStatus,
    status: facts.paymentStatus === "paid" ? "complete" : "open",
    amount_subtotal: facts.amount,
    amount_total: facts.amount - (facts.discount ?? 0) + (facts.taxExclusive ? tax : 0),
    total_details: { amount_discount: facts.discount ?? 0, amount_shipping: 0, amount_tax: tax },
    currency: facts.currency,
    customer_email: facts.email,
    customer_details: { email: facts.email, address: facts.country ? { country: facts.country } : null, tax_ids: facts.taxIds ?? [] },
    payment_intent: facts.paymentIntentId,
    subscription: facts.subscriptionId ?? null,
    invoice: facts.invoiceId ?? null,
  };
}

export interface LocalInvoiceFacts {
  invoiceId: string;
  orderId: string;
  courseId: string;
  amount: number;
  currency: string;
  /** A plan's invoice names its subscription; a one-time invoice does not. */
  subscriptionId: string | null;
  hostedUrl: string;
  attemptCount?: number;
  /** When Stripe will try again; null after its last retry. */
  nextPaymentAttempt?: Date | null;
}

export function invoiceObject(facts: LocalInvoiceFacts, paid: boolean) {
  const metadata = { order_id: facts.orderId, course_id: facts.courseId };
  return {
    id: facts.invoiceId,
    object: "invoice",
    status: paid ? "paid" : "open",
    amount_due: facts.amount,
    amount_paid: paid ? facts.amount : 0,
    currency: facts.currency,
    attempt_count: facts.attemptCount ?? 1,
    next_payment_attempt: facts.nextPaymentAttempt ? Math.floor(facts.nextPaymentAttempt.getTime() / 1000) : null,
    hosted_invoice_url: facts.hostedUrl,
    invoice_pdf: `${facts.hostedUrl}?format=pdf`,
    billing_reason: facts.subscriptionId ? "subscription_cycle" : "manual",
    metadata: facts.subscriptionId ? {} : metadata,
    parent: facts.subscriptionId
      ? { type: "subscription_details", subscription_details: { subscription: facts.subscriptionId, metadata } }
      : null,
  };
}

export function invoiceEvent(type: "invoice.paid" | "invoice.payment_failed", facts: LocalInvoiceFacts, now: Date) {
  return event(type, invoiceObject(facts, type === "invoice.paid"), now);
}

export function invoicePaymentPaidEvent(input: { invoiceId: string; paymentIntentId: string; amount: number; currency: string }, now: Date) {
  return event(
    "invoice_payment.paid",
    {
      id: localId("inpay"),
      object: "invoice_payment",
      invoice: input.invoiceId,
      amount_paid: input.amount,
      currency: input.currency,
      status: "paid",
      payment: { type: "payment_intent", payment_intent: input.paymentIntentId },
    },
    now,
  );
}

export function subscriptionDeletedEvent(input: { subscriptionId: string; orderId: string }, now: Date) {
  return event(
    "customer.subscription.deleted",
    { id: input.subscriptionId, object: "subscription", status: "canceled", metadata: { order_id: input.orderId } },
    now,
  );
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
