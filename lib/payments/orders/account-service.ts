import type { Database } from "@/db/connect";
import { formatPrice } from "@/lib/platform/text/price-and-duration";
import { alertCoach } from "./coach-alerts";
import type { PaymentDeps } from "../context";
import { planLine, planProgress, stoppedPlanLine } from "../plans/instalment-plan";
import { ordersOfUser } from "../plans/queries";
import type { PaymentProvider } from "../provider";
import { lockOrder, updateOrder } from "../queries";
import { REFUND_REFUSALS, refundAsk } from "../reversals/refund-window";

export interface AccountPayment {
  id: string;
  courseTitle: string;
  courseSlug: string;
  paidAt: Date | null;
  /** "$149 paid", "$55 a month" */
  summary: string;
  taxLine: string | null;
  planLine: string | null;
  /** This site's address that opens the invoice (account/invoices/[order]); null when there is none yet. */
  invoiceHref: string | null;
  /** An instalment the card could not pay: where to pay it, and how much. */
  overdue: { amount: string; payUrl: string } | null;
  refunded: boolean;
  /** The 14-day refund: ask until a date, already asked, or answered; null once it no longer applies. */
  refund: { kind: "can-ask"; until: Date } | { kind: "asked"; at: Date } | { kind: "declined" } | null;
  /** A plan still collecting: the card can be changed and the plan stopped (the provider's portal). */
  managePlan: boolean;
}

export type RefundAskResult = { ok: true } | { ok: false; error: string };

/**
 * A learner's own payments, for their account page and the invoice link in the receipt; their
 * refund request; and the way to their plan's card and cancellation (the provider's portal).
 */
export function createAccountPaymentService(deps: PaymentDeps & { db: Database; provider: PaymentProvider | null }) {
  const now = deps.now ?? (() => new Date());
  return {
    async paymentsFor(userId: string): Promise<AccountPayment[]> {
      const at = now();
      const rows = await ordersOfUser(deps.db, userId);
      return rows.map((order) => {
        // Each month's charge with its tax (what the card is asked for), not the price before tax.
        const instalment = formatPrice(order.instalmentCharge ?? order.amount, order.currency);
        const plan = order.plan === "instalments" && order.instalmentCount ? planProgress(order.paidInstalments, order.instalmentCount) : null;
        const invoice = plan ? order.latestInstalmentUrl : order.invoiceUrl;
        // Stopped before its last payment (by the learner, or in Stripe): paused, and nothing is being retried.
        const stopped = Boolean(plan && !plan.complete && order.subscriptionEndedAt);
        return {
          id: order.id,
          courseTitle: order.courseTitle,
          courseSlug: order.courseSlug,
          paidAt: order.paidAt,
          summary: plan ? `${formatPrice(order.amountPaid ?? 0, order.currency)} paid so far` : `${formatPrice(order.amountPaid ?? order.amount, order.currency)} paid`,
          taxLine: order.amountTax ? `Including tax of ${formatPrice(order.amountTax, order.currency)}` : null,
          planLine: plan ? (stopped ? stoppedPlanLine(plan) : planLine(plan, instalment)) : null,
          invoiceHref: invoice ? `/account/invoices/${order.id}` : null,
          overdue:
            !stopped && (order.status === "unpaid" || order.openInvoiceUrl)
              ? { amount: order.openInvoiceAmount ? formatPrice(order.openInvoiceAmount, order.currency) : instalment, payUrl: order.openInvoiceUrl ?? "/account" }
              : null,
          refunded: order.status === "refunded",
          refund: refundState(order, at),
          managePlan: Boolean(plan && !plan.complete && order.subscriptionId && !order.subscriptionEndedAt && order.status !== "refunded" && deps.provider?.name === order.provider),
        };
      });
    },

    /**
     * The learner asks for the refund the sales page promises: recorded once, inside its 14 days,
     * only on their own order, and the coach is told by email. The money moves only when she
     * refunds it in the back office (the provider's refund event then ends access).
     */
    async askForRefund(userId: string, orderId: string, reason: string): Promise<RefundAskResult> {
      const at = now();
      return deps.db.transaction(async (tx): Promise<RefundAskResult> => {
        const order = await lockOrder(tx, orderId);
        if (!order || order.userId !== userId) return { ok: false, error: "That payment is not on your account." };
        const ask = refundAsk(order, at);
        if (!ask.ok) return { ok: false, error: REFUND_REFUSALS[ask.reason] };
        await updateOrder(tx, order.id, { learnerRefundAskedAt: at, learnerRefundReason: reason || null });
        await alertCoach(
          tx,
          deps,
          `Refund requested by ${order.email ?? "a learner"}`,
          `${order.email ?? "A learner"} asked for the 14-day refund of ${formatPrice(order.amountPaid ?? order.amount, order.currency)}.${reason ? ` In their words: “${reason}”` : " They gave no reason."} Refund it, or decline with a note, under Orders.`,
        );
        return { ok: true };
      });
    },

    /** Where the learner changes the card of their plan or stops it; null for anything not theirs or not running. */
    async planPortalUrl(userId: string, orderId: string): Promise<string | null> {
      if (!deps.provider) return null;
      const order = (await ordersOfUser(deps.db, userId)).find((row) => row.id === orderId);
      if (!order || order.plan !== "instalments" || !order.subscriptionId || order.subscriptionEndedAt || order.provider !== deps.provider.name) return null;
      return deps.provider.customerPortalUrl({ orderId: order.id, subscriptionId: order.subscriptionId, returnUrl: `${deps.appUrl}/account#payments` });
    },

    /** Where the invoice of the learner's own order lives; null for someone else's order or none yet. */
    async invoiceUrl(userId: string, orderId: string): Promise<string | null> {
      const rows = await ordersOfUser(deps.db, userId);
      const order = rows.find((row) => row.id === orderId);
      if (!order) return null;
      return order.plan === "instalments" ? order.latestInstalmentUrl : order.invoiceUrl;
    },
  };
}

export type AccountPaymentService = ReturnType<typeof createAccountPaymentService>;

function refundState(order: { status: string; paidAt: Date | null; learnerRefundAskedAt: Date | null; learnerRefundDeclinedAt: Date | null }, at: Date): AccountPayment["refund"] {
  if (order.learnerRefundDeclinedAt) return { kind: "declined" };
  if (order.learnerRefundAskedAt && order.status !== "refunded") return { kind: "asked", at: order.learnerRefundAskedAt };
  const ask = refundAsk(order, at);
  return ask.ok ? { kind: "can-ask", until: ask.until } : null;
}
