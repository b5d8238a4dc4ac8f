import type { Database } from "@/db/connect";
import { loggableError, logger } from "@/lib/platform/log";
import type { PaymentProvider } from "../provider";
import { instalmentPaymentIntents, markRefundSent, markSubscriptionEnded, ordersToRefund, plansToEnd } from "./queries";

const BATCH = 50;

/**
 * Stops the subscriptions of plans that are paid off or refunded, and sends refunds the webhook asked for. Stripe Checkout cannot end a
 * subscription after N payments by itself, so the webhook marks the order and this sweep makes
 * the network call, outside any transaction; cancelling twice is harmless, so every instance may run it.
 */
export function createPlanEndingService(deps: { db: Database; provider: PaymentProvider | null; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  /**
   * Gives back payments nobody may keep: one that completed for an address erased while its
   * checkout was open (fulfilment.ts). A plan's instalments are found through their invoices;
   * one whose pairing has not arrived yet waits for the next sweep.
   */
  async function sendRequestedRefunds(): Promise<number> {
    if (!deps.provider) return 0;
    let sent = 0;
    for (const order of await ordersToRefund(deps.db, BATCH)) {
      if (order.provider !== deps.provider.name) continue;
      const payments =
        order.plan === "instalments"
          ? await instalmentPaymentIntents(deps.db, order.id)
          : order.paymentIntentId
            ? [{ paymentIntentId: order.paymentIntentId, amount: order.amountPaid ?? order.amount }]
            : [];
      if (payments.length === 0) continue;
      try {
        // Refunds carry an idempotency key per payment (stripe-provider.ts), so a repeat after a crash is harmless.
        for (const payment of payments) await deps.provider.refund({ orderId: order.id, paymentIntentId: payment.paymentIntentId, amount: payment.amount });
        await markRefundSent(deps.db, order.id, now());
        sent += 1;
      } catch (error) {
        logger.warn({ err: loggableError(error), orderId: order.id }, "could not send a requested refund");
      }
    }
    return sent;
  }

  return {
    sendRequestedRefunds,
    async endFinishedPlans(): Promise<number> {
      if (!deps.provider) return 0;
      let ended = 0;
      for (const plan of await plansToEnd(deps.db, BATCH)) {
        try {
          await deps.provider.cancelSubscription({ orderId: plan.id, subscriptionId: plan.subscriptionId! });
          await markSubscriptionEnded(deps.db, plan.id, now());
          ended += 1;
        } catch (error) {
          // Left for the next sweep; one plan's failure does not hold up the others.
          logger.warn({ err: loggableError(error), orderId: plan.id }, "could not end a payment plan's subscription");
        }
      }
      await sendRequestedRefunds();
      return ended;
    },

  };
}

export type PlanEndingService = ReturnType<typeof createPlanEndingService>;
