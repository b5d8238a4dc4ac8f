import Link from "next/link";
import { format } from "date-fns";
import { Notice } from "@/app/_ui/notice";
import type { AccountPayment } from "@/lib/payments/orders/account-service";
import { managePlan } from "./actions";
import { RefundForm } from "./refund-form";

/** The learner's payments: what was paid, a plan's progress, the invoice, and any instalment to pay. */
export function PaymentsList({ payments, invoicePending }: { payments: AccountPayment[]; invoicePending: boolean }) {
  if (payments.length === 0) return null;
  return (
    <section id="payments" aria-labelledby="payments-heading" className="mt-10 scroll-mt-24">
      <h2 id="payments-heading" className="text-2xl">
        Your payments
      </h2>
      {invoicePending ? (
        <div className="mt-4">
          <Notice tone="info" live>
            Your invoice is still being prepared by the payment provider. It appears here within a few minutes.
          </Notice>
        </div>
      ) : null}
      <ul className="mt-4 space-y-3">
        {payments.map((payment) => (
          <li key={payment.id} className="rounded-2xl border border-line bg-surface p-4">
            <p className="font-semibold">{payment.courseTitle}</p>
            <p className="mt-1 text-sm text-ink-muted">
              {payment.refunded ? "Refunded" : payment.summary}
              {payment.paidAt ? ` · since ${format(payment.paidAt, "d MMMM yyyy")}` : ""}
              {payment.taxLine ? ` · ${payment.taxLine}` : ""}
            </p>
            {payment.planLine && !payment.refunded ? <p className="mt-1 text-sm">{payment.planLine}</p> : null}
            {payment.overdue && !payment.refunded ? (
              <div className="mt-3">
                <Notice tone="error">
                  An instalment of {payment.overdue.amount} did not go through.{" "}
                  <a href={payment.overdue.payUrl} className="font-semibold underline underline-offset-4">
                    Pay {payment.overdue.amount} now
                  </a>
                </Notice>
              </div>
            ) : null}
            <div className="mt-2 flex flex-wrap items-center gap-x-5">
              {payment.invoiceHref ? (
                <Link href={payment.invoiceHref} prefetch={false} className="inline-flex min-h-11 items-center font-semibold text-moss-strong underline underline-offset-4">
                  Invoice
                </Link>
              ) : null}
              {payment.managePlan ? (
                <form action={managePlan}>
                  <input type="hidden" name="orderId" value={payment.id} />
                  <button type="submit" className="inline-flex min-h-11 items-center font-semibold text-moss-strong underline underline-offset-4">
                    Change the card or stop the plan
                  </button>
                </form>
              ) : null}
            </div>
            {payment.refund?.kind === "can-ask" ? (
              <details className="mt-1">
                <summary className="inline-flex min-h-11 cursor-pointer items-center text-ink-muted underline underline-offset-4">
                  Not right for you? Ask for a refund until {format(payment.refund.until, "d MMMM")}
                </summary>
                <RefundForm orderId={payment.id} courseTitle={payment.courseTitle} />
              </details>
            ) : payment.refund?.kind === "asked" ? (
              <p role="status" className="mt-2 text-sm">
                You asked for a refund on {format(payment.refund.at, "d MMMM")}. The coach will write to you; the money goes back to your card once she refunds it.
              </p>
            ) : payment.refund?.kind === "declined" ? (
              <p className="mt-2 text-sm text-ink-muted">The coach has answered your refund request. Write to her if you want to talk it through.</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
