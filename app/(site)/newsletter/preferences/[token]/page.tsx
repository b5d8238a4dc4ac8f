import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/app/_ui/container";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import { services } from "@/lib/composition/web";
import { resubscribe } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Newsletter preferences", robots: { index: false }, referrer: "no-referrer" };

/**
 * Every newsletter links here. Opening it never changes anything by itself (link scanners open
 * links); the buttons do: leave, or come back after leaving.
 */
export default async function PreferencesPage({ params, searchParams }: PageProps<"/newsletter/preferences/[token]">) {
  const { token } = await params;
  const { back } = await searchParams;
  const { newsletter } = await services();
  const [subscriber, followUps] = await Promise.all([newsletter.findByUnsubscribeToken(token), newsletter.followUps()]);
  if (!subscriber) notFound();
  const primary = "inline-flex min-h-11 items-center rounded-full bg-moss px-6 font-semibold text-on-moss hover:bg-moss-strong";
  const secondary = "inline-flex min-h-11 items-center rounded-full border border-line px-5 font-semibold hover:border-moss";

  return (
    <Container className="max-w-xl py-16 sm:py-24">
      <h1 className="text-4xl">Your newsletter</h1>
      {back ? (
        <div className="mt-6">
          <Notice tone="success" live>
            You are back on the list. Welcome back.
          </Notice>
        </div>
      ) : null}
      {subscriber.status === "confirmed" ? (
        <>
          <p className="mt-4 text-ink-muted">{subscriber.email} is on the list. What arrives:</p>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            <li>The letter, about once a month: one gentle routine and a few honest words.</li>
            {followUps.length ? <li>In your first {Math.max(...followUps.map((letter) => letter.delayDays)) + 1} days, a short welcome series ({followUps.length} {followUps.length === 1 ? "letter" : "letters"}).</li> : null}
          </ul>
          <p className="mt-3 text-ink-muted">Emails about your bookings or purchases come either way.</p>
          <p className="mt-8">
            <Link href="/newsletter/archive" className={primary}>Read past letters</Link>
          </p>
          <form action={`/api/newsletter/unsubscribe/${encodeURIComponent(token)}`} method="post" className="mt-10 border-t border-line pt-6">
            <p className="text-ink-muted">Had enough for now? One tap and the letters stop; you can come back from this page.</p>
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit" className={`${secondary} mt-3`}>
              Leave the newsletter
            </button>
          </form>
        </>
      ) : subscriber.status === "unsubscribed" ? (
        <>
          <p className="mt-4 text-ink-muted">{subscriber.email} is already off the list. Nothing more will be sent.</p>
          {subscriber.confirmedAt ? (
            <form action={resubscribe} className="mt-8">
              <input type="hidden" name="token" value={token} />
              <SubmitButton pendingLabel="Saving …">Resubscribe</SubmitButton>
            </form>
          ) : (
            <p className="mt-6">
              <Link href="/newsletter" className="font-semibold text-moss-strong underline underline-offset-4">
                Sign up again
              </Link>
            </p>
          )}
        </>
      ) : (
        <p className="mt-4 text-ink-muted">{subscriber.email} has not confirmed yet: the confirmation link is in your inbox.</p>
      )}
    </Container>
  );
}
