import type { Database } from "@/db/connect";
import { loggableError, logger } from "@/lib/log";
import type { PaymentProvider } from "./provider";
import { markSubscriptionEnded, plansToEnd } from "./plan-queries";

const BATCH = 50;

/**
 * Stops the subscriptions of plans that are paid off or refunded. Stripe Checkout cannot end a
 * subscription after N payments by itself, so the webhook marks the order and this sweep makes
 * the network call, outside any transaction; cancelling twice is harmless, so every instance may run it.
 */
export function createPlanEndingService(deps: { db: Database; provider: PaymentProvider | null; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return {
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
      return ended;
    },
  };
}

export type PlanEndingService = ReturnType<typeof createPlanEndingService>;
