import type { Executor } from "@/db/connect";
import type { PaymentDeps } from "../context";
import { closeCheckoutSession, fulfilCheckoutSession } from "../orders/fulfilment";
import { recordEndedPlan, recordFailedInstalment, recordPaidInstalment } from "../plans/instalments";
import { recordOneTimeInvoice } from "../orders/invoices";
import { chargeSchema, checkoutSessionSchema, disputeSchema, invoicePaymentSchema, invoiceSchema, subscriptionSchema } from "./payloads";
import { recordInvoicePaymentIntent } from "../plans/queries";
import { applyReversal } from "../reversals/reversals";

interface HandlerInput {
  tx: Executor;
  deps: PaymentDeps;
  eventId: string;
  object: unknown;
  now: Date;
}

/** One small handler per event type; anything else is acknowledged and ignored. Returns the outcome to record. */
type Handler = (input: HandlerInput) => Promise<string>;

const onCheckoutPaid: Handler = async ({ tx, deps, object, now }) => {
  const session = checkoutSessionSchema.safeParse(object);
  if (!session.success) return "ignored: not a checkout session we can read";
  return fulfilCheckoutSession(tx, deps, session.data, now);
};

const onCheckoutClosed =
  (status: "failed" | "expired", note: string): Handler =>
  async ({ tx, object }) => {
    const session = checkoutSessionSchema.safeParse(object);
    if (!session.success) return "ignored: not a checkout session we can read";
    return closeCheckoutSession(tx, session.data, status, note);
  };

const onChargeRefunded: Handler = async ({ tx, deps, eventId, object, now }) => {
  const charge = chargeSchema.safeParse(object);
  if (!charge.success || !charge.data.payment_intent) return "ignored: not a charge we can read";
  // A partial refund is money back, not a withdrawal of access.
  if (!charge.data.refunded && charge.data.amount_refunded < charge.data.amount) return "ignored: partial refund";
  return applyReversal(tx, deps, { paymentIntentId: charge.data.payment_intent, kind: "refunded", eventId, now });
};

const onDisputeCreated: Handler = async ({ tx, deps, eventId, object, now }) => {
  const dispute = disputeSchema.safeParse(object);
  if (!dispute.success || !dispute.data.payment_intent) return "ignored: not a dispute we can read";
  return applyReversal(tx, deps, { paymentIntentId: dispute.data.payment_intent, kind: "disputed", eventId, now });
};

const onDisputeClosed: Handler = async ({ tx, deps, eventId, object, now }) => {
  const dispute = disputeSchema.safeParse(object);
  if (!dispute.success || !dispute.data.payment_intent) return "ignored: not a dispute we can read";
  if (dispute.data.status !== "won") return `ignored: dispute closed as ${dispute.data.status}`;
  return applyReversal(tx, deps, { paymentIntentId: dispute.data.payment_intent, kind: "dispute_won", eventId, now });
};

/** A plan's invoice (it names a subscription) counts an instalment; any other is a one-time payment's invoice. */
const onInvoicePaid: Handler = async ({ tx, deps, object, now }) => {
  const invoice = invoiceSchema.safeParse(object);
  if (!invoice.success) return "ignored: not an invoice we can read";
  return invoice.data.parent?.subscription_details ? recordPaidInstalment(tx, deps, invoice.data, now) : recordOneTimeInvoice(tx, invoice.data);
};

const onInvoicePaymentFailed: Handler = async ({ tx, deps, object, now }) => {
  const invoice = invoiceSchema.safeParse(object);
  if (!invoice.success) return "ignored: not an invoice we can read";
  if (!invoice.data.parent?.subscription_details) return "ignored: not a payment plan's invoice";
  return recordFailedInstalment(tx, deps, invoice.data, now);
};

/** Which payment paid which invoice: how a later refund of an instalment finds its order. */
const onInvoicePaymentPaid: Handler = async ({ tx, object }) => {
  const payment = invoicePaymentSchema.safeParse(object);
  if (!payment.success || !payment.data.payment.payment_intent) return "ignored: not an invoice payment we can read";
  await recordInvoicePaymentIntent(tx, { paymentIntentId: payment.data.payment.payment_intent, invoiceId: payment.data.invoice });
  return "recorded";
};

const onSubscriptionDeleted: Handler = async ({ tx, deps, object, now }) => {
  const subscription = subscriptionSchema.safeParse(object);
  if (!subscription.success) return "ignored: not a subscription we can read";
  return recordEndedPlan(tx, deps, subscription.data, now);
};

export const WEBHOOK_HANDLERS: Record<string, Handler> = {
  "checkout.session.completed": onCheckoutPaid,
  "checkout.session.async_payment_succeeded": onCheckoutPaid,
  "checkout.session.async_payment_failed": onCheckoutClosed("failed", "The bank declined the payment after checkout."),
  "checkout.session.expired": onCheckoutClosed("expired", "The checkout was left unfinished and expired."),
  "charge.refunded": onChargeRefunded,
  "charge.dispute.created": onDisputeCreated,
  "charge.dispute.closed": onDisputeClosed,
  "invoice.paid": onInvoicePaid,
  "invoice.payment_failed": onInvoicePaymentFailed,
  "invoice_payment.paid": onInvoicePaymentPaid,
  "customer.subscription.deleted": onSubscriptionDeleted,
};
