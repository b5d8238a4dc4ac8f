import type { Database } from "@/db/connect";
import { formatPrice } from "@/lib/format";
import { planLine, planProgress } from "./instalment-plan";
import { ordersOfUser } from "./plan-queries";

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
}

/** A learner's own payments, for their account page and the invoice link in the receipt. */
export function createAccountPaymentService(deps: { db: Database }) {
  return {
    async paymentsFor(userId: string): Promise<AccountPayment[]> {
      const rows = await ordersOfUser(deps.db, userId);
      return rows.map((order) => {
        // Each month's charge with its tax (what the card is asked for), not the price before tax.
        const instalment = formatPrice(order.instalmentCharge ?? order.amount, order.currency);
        const plan = order.plan === "instalments" && order.instalmentCount ? planProgress(order.paidInstalments, order.instalmentCount) : null;
        const invoice = plan ? order.latestInstalmentUrl : order.invoiceUrl;
        return {
          id: order.id,
          courseTitle: order.courseTitle,
          courseSlug: order.courseSlug,
          paidAt: order.paidAt,
          summary: plan ? `${formatPrice(order.amountPaid ?? 0, order.currency)} paid so far` : `${formatPrice(order.amountPaid ?? order.amount, order.currency)} paid`,
          taxLine: order.amountTax ? `Including tax of ${formatPrice(order.amountTax, order.currency)}` : null,
          planLine: plan ? planLine(plan, instalment) : null,
          invoiceHref: invoice ? `/account/invoices/${order.id}` : null,
          overdue:
            order.status === "unpaid" || order.openInvoiceUrl
              ? { amount: order.openInvoiceAmount ? formatPrice(order.openInvoiceAmount, order.currency) : instalment, payUrl: order.openInvoiceUrl ?? "/account" }
              : null,
          refunded: order.status === "refunded",
        };
      });
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
