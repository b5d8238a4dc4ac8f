import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FlaskConical } from "lucide-react";
import { Container } from "@/app/_ui/container";
import { Notice } from "@/app/_ui/notice";
import { formatPrice } from "@/lib/format";
import { services } from "@/lib/composition/web";
import { LocalCheckoutForm } from "./local-checkout-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Test payment", robots: { index: false } };

/**
 * The local provider's checkout page, standing in for Stripe's. Only exists when payments run
 * locally; Pay and Fail post signed events to the real webhook.
 */
export default async function LocalCheckoutPage({ params }: PageProps<"/checkout/local/[session]">) {
  const checkout = (await services()).localCheckout;
  if (!checkout) notFound();
  const { session } = await params;
  const found = await checkout.view(session);
  if (!found || found.order.provider !== "local") notFound();
  const { order, course } = found;

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
          <dd className="font-serif text-2xl">{formatPrice(order.amount, order.currency)}</dd>
        </dl>
        {order.status === "pending" ? (
          <LocalCheckoutForm session={session} email={order.email} />
        ) : (
          <Notice tone="info">This checkout is already finished.</Notice>
        )}
      </div>
      <p className="mt-6">
        <Link href={`/checkout/cancelled?course=${course.slug}`} className="underline underline-offset-4">
          Cancel and go back
        </Link>
      </p>
    </Container>
  );
}
