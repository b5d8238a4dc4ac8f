import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Container } from "@/app/_ui/container";
import { getNewsletterService } from "@/lib/runtime";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Leave the newsletter", robots: { index: false }, referrer: "no-referrer" };

/** Opening this page never unsubscribes by itself (link scanners open links); the button does. */
export default async function UnsubscribePage({ params }: PageProps<"/newsletter/unsubscribe/[token]">) {
  const { token } = await params;
  const subscriber = await (await getNewsletterService()).findByUnsubscribeToken(token);
  if (!subscriber) notFound();
  return (
    <Container className="max-w-xl py-16 sm:py-24">
      <h1 className="text-4xl">Leave the newsletter?</h1>
      <p className="mt-4 text-ink-muted">
        {subscriber.status === "unsubscribed"
          ? `${subscriber.email} is already off the list. Nothing more will be sent.`
          : `One tap and ${subscriber.email} gets no more newsletters. Emails about your bookings or purchases still arrive.`}
      </p>
      {subscriber.status !== "unsubscribed" ? (
        <form action={`/api/newsletter/unsubscribe/${encodeURIComponent(token)}`} method="post" className="mt-8">
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit" className="inline-flex min-h-11 items-center rounded-full bg-moss px-6 font-semibold text-on-moss hover:bg-moss-strong">
            Unsubscribe
          </button>
        </form>
      ) : null}
    </Container>
  );
}
