import type { Metadata } from "next";
import Link from "next/link";
import { MailCheck } from "lucide-react";
import { Container } from "@/app/_ui/container";
import { devToolsEnabled } from "@/lib/env";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Check your inbox", robots: { index: false } };

export default function NewsletterThanksPage() {
  return (
    <Container className="max-w-xl py-16 sm:py-24">
      <MailCheck aria-hidden="true" className="size-10 text-moss" />
      <h1 className="mt-4 text-4xl">Check your inbox</h1>
      <p className="mt-4 text-ink-muted">
        Thank you. If this address can receive the newsletter, a confirmation email is on its way. Tap its button and you
        are in; until then, nothing else is sent.
      </p>
      {devToolsEnabled() ? (
        <p className="mt-8 rounded-2xl border border-dashed border-line p-4 text-sm text-ink-muted">
          Development: open the <Link href="/dev/mailbox" className="font-semibold underline">local mailbox</Link>.
        </p>
      ) : null}
    </Container>
  );
}
