import type { Executor } from "@/db/connect";
import type { PaymentDeps } from "../context";
import { alertCoach } from "../orders/coach-alerts";
import { lockOrderByInstalmentPayment } from "../plans/queries";
import { orderFacts } from "../orders/order-facts";
import { transition } from "../orders/order-machine";
import { lockOrderByPaymentIntent, recordReversal, restoreEnrollmentsForOrder, revokeEnrollmentsForOrder, updateOrder } from "../queries";

const DISPUTED_REASON = "Payment disputed";

export type ReversalKind = "refunded" | "disputed" | "dispute_won";
export type ReversalOutcome = "revoked" | "restored" | "recorded-before-order" | "no-change";

/**
 * A full refund or an opened dispute takes access away; a dispute the coach wins gives it back.
 * The reversal is always remembered by payment intent first, so a checkout event that arrives
 * later still sees it (see fulfilCheckoutSession).
 */
export async function applyReversal(
  tx: Executor,
  deps: PaymentDeps,
  input: { paymentIntentId: string; kind: ReversalKind; eventId: string; now: Date },
): Promise<ReversalOutcome> {
  await recordReversal(tx, { paymentIntentId: input.paymentIntentId, kind: input.kind, eventId: input.eventId, occurredAt: input.now });
  // A one-time payment is on its order; an instalment is found through the invoice it paid.
  const order = (await lockOrderByPaymentIntent(tx, input.paymentIntentId)) ?? (await lockOrderByInstalmentPayment(tx, input.paymentIntentId));
  if (!order) return "recorded-before-order";
  const who = order.email ?? "the buyer";
  const next = transition(orderFacts(order), input.kind === "dispute_won" ? "dispute-won" : input.kind);
  // A refunded plan must not go on charging: the plan-ending sweep stops its subscription.
  const endPlan = next.endPlan && !order.subscriptionEndRequestedAt ? { subscriptionEndRequestedAt: input.now } : {};

  if (next.access === "restore") {
    await updateOrder(tx, order.id, { status: next.status, note: "A dispute was closed in your favour; access was restored." });
    const restored = await restoreEnrollmentsForOrder(tx, order.id, DISPUTED_REASON);
    await alertCoach(tx, deps, `Dispute won: access restored for ${who}`, `The bank closed the dispute in your favour, so the course is open to ${who} again.`);
    return restored.length > 0 ? "restored" : "no-change";
  }
  if (next.status === order.status) {
    if (Object.keys(endPlan).length > 0) await updateOrder(tx, order.id, endPlan);
    return "no-change";
  }
  if (next.access !== "revoke") {
    // Not granted (pending, failed, mismatch): remember the reversal on the order so it never will be.
    await updateOrder(tx, order.id, { status: next.status, note: `The payment was ${input.kind} before access was granted.`, ...endPlan });
    return "no-change";
  }
  const reason = input.kind === "refunded" ? "Refunded" : DISPUTED_REASON;
  await updateOrder(tx, order.id, {
    status: next.status,
    ...(input.kind === "refunded" ? { refundedAt: input.now } : {}),
    ...endPlan,
    note: input.kind === "refunded" ? "Refunded in full; access removed." : "The buyer's bank opened a dispute; access is paused until it is closed.",
  });
  await revokeEnrollmentsForOrder(tx, order.id, reason, input.now);
  await alertCoach(
    tx,
    deps,
    input.kind === "refunded" ? `Refund: access removed for ${who}` : `Dispute opened: access paused for ${who}`,
    input.kind === "refunded"
      ? `The payment was refunded in full, so the course is no longer open to ${who}.`
      : `${who}'s bank disputed the payment. Access is paused; respond to the dispute in your Stripe dashboard. If you win, access comes back by itself.`,
  );
  return "revoked";
}
