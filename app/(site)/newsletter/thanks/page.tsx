import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { MailCheck } from "lucide-react";
import { Container } from "@/app/_ui/container";
import { Notice } from "@/app/_ui/notice";
import { devToolsEnabled } from "@/lib/platform/env";
import { PENDING_SIGNUP_COOKIE, readPendingSignup } from "@/lib/newsletter/pending-signup";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Check your inbox", robots: { index: false } };

/**
 * After signing up: which address the confirmation went to (from a cookie only this browser holds),
 * a way to send it again, and a way to fix a mistyped address. The words are the same whatever
 * state the address was in, so the page tells nobody whether it was already on the list.
 */
export default async function NewsletterThanksPage({ searchParams }: PageProps<"/newsletter/thanks">) {
  const signup = readPendingSignup((await cookies()).get(PENDING_SIGNUP_COOKIE)?.value);
  const { again } = await searchParams;
  return (
    <Container className="max-w-xl py-16 sm:py-24">
      <MailCheck aria-hidden="true" className="size-10 text-moss" />
      <h1 className="mt-4 text-4xl">Check your inbox</h1>
      {again === "1" ? (
        <div className="mt-4">
          <Notice tone="success" live>
            Sent again. Use the newest email: its button is the one that works.
          </Notice>
        </div>
      ) : null}
      <p className="mt-4 text-lg text-ink-muted">
        Thank you. If {signup ? <strong className="break-all text-ink">{signup.email}</strong> : "this address"} can receive the newsletter, a confirmation email
        is on its way. Tap its button and you are in; until then, nothing else is sent.
      </p>
      <section aria-labelledby="nothing-heading" className="mt-8 rounded-3xl border border-line bg-surface p-6">
        <h2 id="nothing-heading" className="text-2xl">
          Nothing arrived?
        </h2>
        <p className="mt-2 text-ink-muted">It can take a minute or two. Look in the spam or promotions folder too.</p>
        {signup ? (
          <form action="/api/newsletter/subscribe" method="post" className="mt-4">
            <input type="hidden" name="email" value={signup.email} />
            {signup.source ? <input type="hidden" name="source" value={signup.source} /> : null}
            <input type="hidden" name="again" value="1" />
            <button type="submit" className="inline-flex min-h-11 items-center justify-center rounded-full border-2 border-moss px-5 font-semibold text-moss-strong hover:bg-moss hover:text-on-moss">
              Send it again
            </button>
          </form>
        ) : null}
        <p className="mt-4">
          <Link href="/newsletter#signup" className="inline-flex min-h-11 items-center font-semibold underline underline-offset-4">
            {signup ? "Wrong address? Sign up with another" : "Sign up again"}
          </Link>
        </p>
      </section>
      {devToolsEnabled() ? (
        <p className="mt-8 rounded-2xl border border-dashed border-line p-4 text-sm text-ink-muted">
          Development: open the <Link href="/dev/mailbox" className="font-semibold underline">local mailbox</Link>.
        </p>
      ) : null}
    </Container>
  );
}
