import type { Database } from "@/db/connect";
import { ORDER_STATUSES_FOR_FILTER } from "./order-status";
import type { PaymentProvider } from "../provider";
import type { PageCursor } from "@/lib/platform/validation/page-cursor";
import { instalmentPaymentIntents } from "../plans/queries";
import { countActiveEnrollments, declineLearnerRefund, findOrder, findPaymentSettings, listOrders, revenueSince, updatePaymentSettings } from "../queries";

/** Orders on a page of the back office's list. */
export const ORDERS_PAGE_SIZE = 50;

export type RefundResult = { ok: true; message: string } | { ok: false; error: string };

/** The coach's view of money: orders, revenue and refunds. */
export function createOrderAdminService(deps: { db: Database; provider: PaymentProvider | null; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return {
    /** A page of ORDERS_PAGE_SIZE orders, newest first, older than `before` when given; `more` if older ones remain. */
    async listOrders(status: string | undefined, before?: PageCursor) {
      const filter = ORDER_STATUSES_FOR_FILTER.find((candidate) => candidate === status);
      const rows = await listOrders(deps.db, { status: filter, before, limit: ORDERS_PAGE_SIZE + 1 });
      return { rows: rows.slice(0, ORDERS_PAGE_SIZE), more: rows.length > ORDERS_PAGE_SIZE };
    },

    paymentSettings: () => findPaymentSettings(deps.db),

    /** Stripe Tax and invoices; they apply to checkouts started after saving. */
    async savePaymentSettings(input: { collectTax: boolean; pricesIncludeTax: boolean; issueInvoices: boolean }): Promise<{ ok: true } | { ok: false; error: string }> {
      if (!(await updatePaymentSettings(deps.db, input))) return { ok: false, error: "Save your profile above first: payment settings live beside it." };
      return { ok: true };
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
    /** The coach answers a learner's refund request with a no (she writes to them herself); the request closes. */
    async declineRefundRequest(orderId: string): Promise<boolean> {
      return declineLearnerRefund(deps.db, orderId, now());
    },

    async refund(orderId: string): Promise<RefundResult> {
      if (!deps.provider) return { ok: false, error: "Payments are not set up on this site." };
      const order = await findOrder(deps.db, orderId);
      if (!order) return { ok: false, error: "That order does not exist." };
      if (order.provider !== deps.provider.name) return { ok: false, error: `This order was paid through the ${order.provider} provider, which this site no longer uses; refund it there.` };
      // A plan is refunded whole: every instalment it collected (the first refund removes access and ends the plan).
      const payments =
        order.plan === "instalments"
          ? await instalmentPaymentIntents(deps.db, order.id)
          : order.paymentIntentId
            ? [{ paymentIntentId: order.paymentIntentId, amount: order.amountPaid ?? order.amount }]
            : [];
      if ((order.status !== "paid" && order.status !== "unpaid") || payments.length === 0) return { ok: false, error: `Only paid orders can be refunded; this one is ${order.status}.` };
      try {
        for (const payment of payments) await deps.provider.refund({ orderId: order.id, paymentIntentId: payment.paymentIntentId, amount: payment.amount });
      } catch (error) {
        return { ok: false, error: `The refund did not go through: ${error instanceof Error ? error.message : String(error)}` };
      }
      return { ok: true, message: "Refund sent. Access is removed as soon as the payment provider confirms it." };
    },
  };
}
