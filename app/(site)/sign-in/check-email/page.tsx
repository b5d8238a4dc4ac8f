import type { Metadata } from "next";
import Link from "next/link";
import { MailCheck } from "lucide-react";
import { Container } from "@/app/_ui/container";
import { devToolsEnabled } from "@/lib/platform/env";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };
export const dynamic = "force-dynamic";

export default function CheckEmailPage() {
  return (
    <Container className="max-w-xl py-16 sm:py-24">
      <MailCheck aria-hidden="true" className="size-10 text-moss" />
      <h1 className="mt-4 text-4xl sm:text-5xl">Check your email</h1>
      <p className="mt-4 text-ink-muted">
        If the address is right, a sign-in link is on its way. It works once and stops working after 60 minutes. It
        can take a minute to arrive; have a look in your spam folder too.
      </p>
      <p className="mt-6">
        <Link href="/sign-in" className="font-semibold text-moss-strong underline underline-offset-4">
          Use a different address
        </Link>
      </p>
      {devToolsEnabled() ? (
        <p className="mt-10 rounded-2xl border border-dashed border-line p-4 text-sm text-ink-muted">
          Development: no email leaves this machine. Open the{" "}
          <Link href="/dev/mailbox" className="font-semibold underline underline-offset-4">
            local mailbox
          </Link>{" "}
          to find the link.
        </p>
      ) : null}
    </Container>
  );
}
