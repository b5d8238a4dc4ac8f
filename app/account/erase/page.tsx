import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/app/_ui/container";
import { Notice } from "@/app/_ui/notice";
import { services } from "@/lib/composition/web";
import { ConfirmErasureForm } from "../privacy-forms";

export const metadata: Metadata = { title: "Erase your data", robots: { index: false } };

export default async function ErasePage({ searchParams }: PageProps<"/account/erase">) {
  const { token } = await searchParams;
  const check = typeof token === "string" ? (await services()).privacy.checkErasureLink(token) : ({ ok: false, reason: "invalid" } as const);
  return (
    <Container className="max-w-2xl py-12 sm:py-16">
      <h1 className="text-4xl sm:text-5xl">Erase your data</h1>
      {check.ok ? (
        <>
          <p className="mt-4 text-lg">
            This erases everything this site holds about <strong>{check.email}</strong>:
          </p>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            <li>your account, and you are signed out everywhere</li>
            <li>your check-ins and course progress, and your access to the course</li>
            <li>your bookings, including any call still to come</li>
            <li>your newsletter subscription and the emails sent to you</li>
          </ul>
          <p className="mt-4 text-ink-muted">
            Receipts of what you bought are kept for the tax records, with your name and address removed. It cannot be undone. If you only want
            fewer emails,{" "}
            <Link href="/account" className="font-semibold text-moss-strong underline underline-offset-4">
              go back to your account
            </Link>{" "}
            instead.
          </p>
          <div className="mt-6">
            <ConfirmErasureForm token={token as string} />
          </div>
        </>
      ) : (
        <div className="mt-6">
          <Notice tone="error">
            {check.reason === "expired" ? "This link has expired." : "This link is not valid."} Ask for a new one from{" "}
            <Link href="/account" className="font-semibold underline underline-offset-4">
              your account
            </Link>
            .
          </Notice>
        </div>
      )}
    </Container>
  );
}
