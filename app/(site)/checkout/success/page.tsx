import type { Metadata } from "next";
import { CircleCheck, Hourglass } from "lucide-react";
import { ButtonLink } from "@/app/_ui/button-link";
import { Container } from "@/app/_ui/container";
import { Notice } from "@/app/_ui/notice";
import Link from "next/link";
import { formatPrice } from "@/lib/platform/text/price-and-duration";
import { TryAgainForm } from "./try-again-form";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { currentUser } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { CHECKOUT_BINDING_COOKIE } from "@/lib/payments/checkout/browser-binding";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Thank you", robots: { index: false } };

/**
 * Where the provider sends the buyer, and where the paying browser comes back to once signed in
 * (/checkout/enter): the moment that says the purchase worked. Until the enrollment exists the page says so and reloads
 * itself every few seconds (a meta refresh works without JavaScript).
 */
export default async function CheckoutSuccessPage({ searchParams }: PageProps<"/checkout/success">) {
  const { session_id: sessionId } = await searchParams;
  const checkout = (await services()).checkout;
  const binding = (await cookies()).get(CHECKOUT_BINDING_COOKIE)?.value ?? null;
  const user = await currentUser();
  const status = typeof sessionId === "string" && checkout ? await checkout.checkoutStatus(sessionId.slice(0, 200), binding, user?.id ?? null) : { state: "unknown" as const };
  // The browser that paid goes straight into the course, signed in (once; see browser-entry.ts).
  if (status.state === "paid" && status.canEnter && user?.email !== status.email && typeof sessionId === "string") {
    redirect(`/checkout/enter?session_id=${encodeURIComponent(sessionId.slice(0, 200))}`);
  }

  const buyerHere = status.state !== "unknown" && user !== null && status.email !== null && user.email === status.email;

  return (
    <Container className="max-w-xl py-12 sm:py-16">
      {status.state === "confirming" ? <meta httpEquiv="refresh" content="3" /> : null}
      {status.state === "paid" ? (
        <div className="space-y-6">
          <CircleCheck aria-hidden="true" className="size-12 text-success" />
          <div role="status" className="space-y-3">
            <h1 className="text-4xl">You&apos;re in</h1>
            <p className="text-lg text-ink-muted">
              <strong className="text-ink">{status.courseTitle}</strong> is yours{status.plan ? " from today, and for good once the plan is paid" : ", for good"}. A receipt is on its way to{" "}
              {status.email ? <strong className="text-ink">{status.email}</strong> : "your inbox"}.
            </p>
          </div>
          {buyerHere ? (
            <ButtonLink href={`/learn/${status.courseSlug}`}>Start the course</ButtonLink>
          ) : (
            <>
              <p className="text-ink-muted">
                The receipt has a button that signs you in and opens the first lesson. It works once, within a day; after
                that, sign in with the same address.
              </p>
              <ButtonLink href={`/sign-in?next=${encodeURIComponent(`/learn/${status.courseSlug}`)}`}>Start the course</ButtonLink>
            </>
          )}
          <section aria-labelledby="next-heading" className="rounded-3xl border border-line bg-surface p-6">
            <h2 id="next-heading" className="text-2xl">
              What happens next
            </h2>
            <ul className="mt-3 list-disc space-y-2 pl-5 text-ink-muted">
              <li>Lessons are short. Take one when you have ten quiet minutes; the course keeps your place.</li>
              {status.plan ? (
                <li>
                  This was payment 1 of {status.plan.count}. The other {status.plan.count - 1} of {formatPrice(status.plan.amount, status.plan.currency)} are taken
                  a month apart ({formatPrice(status.plan.amount * status.plan.count, status.plan.currency)} in all), then the plan ends by itself.
                </li>
              ) : null}
              <li>
                Your <Link href="/account" className="underline underline-offset-4">account</Link> keeps your receipts and brings you back where you left off.
              </li>
              <li>If the course is not right for you, you can ask for a full refund from your account within 14 days.</li>
            </ul>
          </section>
        </div>
      ) : status.state === "confirming" ? (
        <div className="space-y-5" role="status">
          <Hourglass aria-hidden="true" className="size-10 text-clay motion-safe:animate-pulse" />
          <h1 className="text-4xl">Confirming your payment …</h1>
          <p className="text-lg text-ink-muted">
            This usually takes a few seconds. The page refreshes by itself; you can also close it, the receipt will reach you by email.
          </p>
        </div>
      ) : status.state === "failed" ? (
        <div className="space-y-5">
          <h1 className="text-4xl">The payment did not go through</h1>
          <Notice tone="error">Nothing was charged and no course was granted. You can try again, with the same card or another.</Notice>
          <TryAgainForm course={status.courseSlug} plan={status.plan ? "instalments" : "full"} email={status.email} />
          <p>
            <Link href={`/courses/${status.courseSlug}`} className="inline-flex min-h-11 items-center underline underline-offset-4">
              Back to the course
            </Link>
          </p>
        </div>
      ) : status.state === "needs-attention" ? (
        <div className="space-y-5">
          <h1 className="text-4xl">We need to look at this payment</h1>
          <Notice tone="info">Something about this payment needs a person to check it. The coach has been told and will write to you.</Notice>
        </div>
      ) : (
        <div className="space-y-5">
          <h1 className="text-4xl">We could not find that checkout</h1>
          <p className="text-ink-muted">If you paid, the receipt will reach you by email. If it does not arrive within an hour, please write to the coach.</p>
          <ButtonLink href="/">Home</ButtonLink>
        </div>
      )}
    </Container>
  );
}
