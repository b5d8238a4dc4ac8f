import type { Database } from "@/db/connect";
import { ORDER_STATUSES_FOR_FILTER } from "./order-status";
import type { PaymentProvider } from "./provider";
import { countActiveEnrollments, findOrder, listOrders, revenueSince } from "./queries";

export type RefundResult = { ok: true; message: string } | { ok: false; error: string };

/** The coach's view of money: orders, revenue and refunds. */
export function createOrderAdminService(deps: { db: Database; provider: PaymentProvider | null; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return {
    listOrders(status: string | undefined) {
      const filter = ORDER_STATUSES_FOR_FILTER.find((candidate) => candidate === status);
      return listOrders(deps.db, { status: filter });
    },

    async figures() {
      const since = new Date(now().getTime() - 30 * 24 * 60 * 60 * 1000);
      const [last30Days, allTime, learners] = await Promise.all([revenueSince(deps.db, since), revenueSince(deps.db, null), countActiveEnrollments(deps.db)]);
      return { last30Days, allTime, learners };
    },

    /**
     * Asks the provider to refund the whole payment. Access is not touched here: it is revoked
     * when the provider's charge.refunded event reaches the webhook, the same path as a refund
     * made in Stripe's dashboard.
     */
    async refund(orderId: string): Promise<RefundResult> {
      if (!deps.provider) return { ok: false, error: "Payments are not set up on this site." };
      const order = await findOrder(deps.db, orderId);
      if (!order) return { ok: false, error: "That order does not exist." };
      if (order.status !== "paid" || !order.paymentIntentId) return { ok: false, error: `Only paid orders can be refunded; this one is ${order.status}.` };
      if (order.provider !== deps.provider.name) return { ok: false, error: `This order was paid through the ${order.provider} provider, which this site no longer uses; refund it there.` };
      try {
        await deps.provider.refund({ orderId: order.id, paymentIntentId: order.paymentIntentId, amount: order.amountPaid ?? order.amount });
      } catch (error) {
        return { ok: false, error: `The refund did not go through: ${error instanceof Error ? error.message : String(error)}` };
      }
      return { ok: true, message: "Refund sent. Access is removed as soon as the payment provider confirms it." };
    },
  };
}
