import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FlaskConical } from "lucide-react";
import { z } from "zod";
import { Container } from "@/app/_ui/container";
import { Notice } from "@/app/_ui/notice";
import { requireLearner } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { formatPrice } from "@/lib/platform/text/price-and-duration";
import { TestBillingForm } from "../../[session]/local-checkout-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your payment plan (test)", robots: { index: false } };

/**
 * The local provider's stand-in for Stripe's customer portal, where a plan's buyer changes the card
 * or stops the plan. Only the plan's own buyer, signed in, sees it; anyone else gets a 404.
 */
export default async function LocalPortalPage({ params, searchParams }: PageProps<"/checkout/local/portal/[order]">) {
  const checkout = (await services()).localCheckout;
  if (!checkout) notFound();
  const id = z.uuid().safeParse((await params).order);
  if (!id.success) notFound();
  const user = await requireLearner(`/checkout/local/portal/${id.data}`);
  const order = await checkout.plan(id.data, user.id);
  if (!order) notFound();
  const { done } = await searchParams;
  return (
    <Container className="max-w-xl py-12 sm:py-16">
      <p className="inline-flex items-center gap-2 rounded-full bg-clay-soft px-3 py-1 text-sm font-semibold text-clay">
        <FlaskConical aria-hidden="true" className="size-4" /> Test portal: no money moves
      </p>
      <h1 className="mt-4 text-3xl sm:text-4xl">Your payment plan</h1>
      <p className="mt-3 text-ink-muted">
        {order.instalmentCount} monthly payments of {formatPrice(order.amount, order.currency)}. With a Stripe key this is Stripe&apos;s own page, where
        you change the card the payments come from or stop the plan. The test checkout holds no card, so here you can only stop it.
      </p>
      {done === "stop" ? (
        <div className="mt-6">
          <Notice tone="success" live>
            The plan is stopped: nothing more will be taken. The course pauses until the remaining payments are made; write to the coach if you want to keep it another way.
          </Notice>
        </div>
      ) : order.subscriptionEndedAt ? (
        <div className="mt-6">
          <Notice tone="info">This plan has ended: nothing more will be taken.</Notice>
        </div>
      ) : (
        <section aria-labelledby="stop-heading" className="mt-8 rounded-3xl border border-line bg-surface p-6">
          <h2 id="stop-heading" className="text-2xl">
            Stop the plan
          </h2>
          <p className="mt-2 text-ink-muted">No further payments are taken. The course pauses until the plan is paid in full, as the sales page says.</p>
          <div className="mt-4">
            <TestBillingForm order={order.id} back={`/checkout/local/portal/${order.id}`} hasOpenInvoice={false} stopOnly />
          </div>
        </section>
      )}
      <p className="mt-8">
        <Link href="/account#payments" className="inline-flex min-h-11 items-center font-semibold underline underline-offset-4">
          Back to your account
        </Link>
      </p>
    </Container>
  );
}
