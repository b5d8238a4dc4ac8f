import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FlaskConical } from "lucide-react";
import { Container } from "@/app/_ui/container";
import { Notice } from "@/app/_ui/notice";
import { formatPrice } from "@/lib/platform/text/price-and-duration";
import { services } from "@/lib/composition/web";
import { LocalCheckoutForm, TestBillingForm } from "./local-checkout-form";
import { LOCAL_TAX_RATES } from "@/lib/payments/local-provider/tax";

const LOCAL_COUNTRIES = Object.entries(LOCAL_TAX_RATES)
  .map(([code, { name }]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name));

const BILLING_DONE = {
  "pay-next": "the next payment was collected",
  decline: "the payment was declined; Stripe would retry",
  "decline-final": "the last retry was declined",
  "pay-open": "the unpaid payment was paid",
};

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Test payment", robots: { index: false } };

/**
 * The local provider's checkout page, standing in for Stripe's. Only exists when payments run
 * locally; Pay and Fail post signed events to the real webhook.
 */
export default async function LocalCheckoutPage({ params, searchParams }: PageProps<"/checkout/local/[session]">) {
  const checkout = (await services()).localCheckout;
  if (!checkout) notFound();
  const { session } = await params;
  const found = await checkout.view(session);
  if (!found || found.order.provider !== "local") notFound();
  const { order, course, settings } = found;
  const { done, email: prefill } = await searchParams;
  const prefillEmail = typeof prefill === "string" && /^[^@\s]{1,64}@[^@\s]{1,190}$/.test(prefill) ? prefill : null;
  const plan = order.plan === "instalments" && order.instalmentCount ? order.instalmentCount : null;
  const total = plan ? formatPrice(order.amount * plan, order.currency) : null;

  return (
    <Container className="max-w-xl py-12 sm:py-16">
      <p className="inline-flex items-center gap-2 rounded-full bg-clay-soft px-3 py-1 text-sm font-semibold text-clay">
        <FlaskConical aria-hidden="true" className="size-4" /> Test payment: no money moves
      </p>
      <h1 className="mt-4 text-3xl sm:text-4xl">Checkout</h1>
      <p className="mt-3 text-ink-muted">
        This site has no Stripe key, so this page plays Stripe&apos;s part. Pay sends the same signed
        &ldquo;checkout completed&rdquo; event Stripe would send, and the course is granted exactly as it would be for real.
      </p>
      <div className="mt-8 rounded-3xl border border-line bg-surface p-6">
        <dl className="mb-6 flex items-baseline justify-between gap-4">
          <dt className="font-semibold">{course.title}</dt>
          <dd className="font-serif text-2xl">
            {formatPrice(order.amount, order.currency)}
            {plan ? <span className="block text-right font-sans text-sm text-ink-muted">a month, {plan} payments: {total} in total</span> : null}
            {settings.collectTax && !settings.pricesIncludeTax ? <span className="block text-right font-sans text-sm text-ink-muted">plus tax</span> : null}
          </dd>
        </dl>
        {order.status === "pending" ? (
          <LocalCheckoutForm session={session} email={order.email ?? prefillEmail} collectTax={settings.collectTax} countries={LOCAL_COUNTRIES} promotionCodes={!plan} />
        ) : (
          <Notice tone="info">This checkout is already finished.</Notice>
        )}
      </div>
      {plan && order.subscriptionId && order.status !== "pending" ? (
        <section aria-labelledby="billing-heading" className="mt-8 rounded-3xl border border-line bg-surface p-6">
          <h2 id="billing-heading" className="text-2xl">
            The months after (test billing)
          </h2>
          <p className="mt-2 text-ink-muted">
            Stripe takes each payment a month apart and retries a declined card for about two weeks. Here you can play those months now; each button sends the signed event Stripe would send.
          </p>
          {done ? (
            <div className="mt-4">
              <Notice tone="success" live>
                Sent: {BILLING_DONE[done as keyof typeof BILLING_DONE] ?? "done"}.
              </Notice>
            </div>
          ) : null}
          <div className="mt-4">
            {order.subscriptionEndedAt ? <Notice tone="info">This plan has ended: every payment was made, or it was refunded.</Notice> : <TestBillingForm order={order.id} back={`/checkout/local/${session}`} hasOpenInvoice={order.openInvoiceId !== null} />}
          </div>
        </section>
      ) : null}
      {order.status === "pending" ? (
        <p className="mt-6">
          <Link href={`/checkout/cancelled?course=${course.slug}`} className="underline underline-offset-4">
            Cancel and go back
          </Link>
        </p>
      ) : null}
    </Container>
  );
}
