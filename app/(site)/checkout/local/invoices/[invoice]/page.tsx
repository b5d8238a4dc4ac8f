import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FlaskConical } from "lucide-react";
import { format } from "date-fns";
import { Container } from "@/app/_ui/container";
import { Notice } from "@/app/_ui/notice";
import { formatPrice } from "@/lib/platform/text/price-and-duration";
import { services } from "@/lib/composition/web";
import { TestBillingForm } from "../../[session]/local-checkout-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Test invoice", robots: { index: false } };

/**
 * The local provider's stand-in for Stripe's hosted invoice page: what the receipt's and the
 * reminder's links open when payments run locally. An unpaid instalment can be paid from here.
 */
export default async function LocalInvoicePage({ params, searchParams }: PageProps<"/checkout/local/invoices/[invoice]">) {
  const checkout = (await services()).localCheckout;
  if (!checkout) notFound();
  const { invoice: invoiceId } = await params;
  const { done } = await searchParams;
  const invoice = await checkout.invoice(invoiceId);
  if (!invoice || invoice.order.provider !== "local") notFound();
  const { order, course } = invoice;
  const tax = order.amountTax ?? 0;

  return (
    <Container className="max-w-xl py-12 sm:py-16">
      <p className="inline-flex items-center gap-2 rounded-full bg-clay-soft px-3 py-1 text-sm font-semibold text-clay">
        <FlaskConical aria-hidden="true" className="size-4" /> Test invoice: no money moves
      </p>
      <h1 className="mt-4 text-3xl sm:text-4xl">Invoice</h1>
      <p className="mt-2 text-ink-muted">Number {invoiceId.replace(/^in_local_/, "").slice(0, 12).toUpperCase()}</p>
      {done === "pay-open" ? (
        <div className="mt-6">
          <Notice tone="success" live>
            Paid. Thank you: the course is open again.
          </Notice>
        </div>
      ) : null}
      <div className="mt-8 rounded-3xl border border-line bg-surface p-6">
        <p className="font-semibold">{course.title}</p>
        <p className="mt-1 font-serif text-3xl">{formatPrice(invoice.amount, order.currency)}</p>
        <dl className="mt-5 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          {order.plan === "instalments" ? (
            <>
              <dt className="text-ink-muted">Plan</dt>
              <dd>{order.instalmentCount} monthly payments</dd>
            </>
          ) : null}
          {tax ? (
            <>
              <dt className="text-ink-muted">Of which tax</dt>
              <dd>{formatPrice(tax, order.currency)}</dd>
            </>
          ) : null}
          {order.billingCountry ? (
            <>
              <dt className="text-ink-muted">Billing country</dt>
              <dd>{order.billingCountry}</dd>
            </>
          ) : null}
          {order.taxIds ? (
            <>
              <dt className="text-ink-muted">Tax ID</dt>
              <dd>{order.taxIds}</dd>
            </>
          ) : null}
          <dt className="text-ink-muted">Billed to</dt>
          <dd className="break-all">{order.email}</dd>
          <dt className="text-ink-muted">Status</dt>
          <dd className="font-semibold">{invoice.paid ? `Paid${order.paidAt ? ` · ${format(order.paidAt, "d MMMM yyyy")}` : ""}` : "Unpaid"}</dd>
        </dl>
        {!invoice.paid ? (
          <div className="mt-6">
            <TestBillingForm order={order.id} invoice={invoiceId} back={`/checkout/local/invoices/${invoiceId}`} hasOpenInvoice payOnly />
          </div>
        ) : null}
      </div>
    </Container>
  );
}
