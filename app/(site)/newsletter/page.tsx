import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { Container } from "@/app/_ui/container";
import { NewsletterForm } from "@/app/_ui/newsletter-form";
import { Notice } from "@/app/_ui/notice";
import { readTypedSignup, TYPED_SIGNUP_COOKIE } from "@/lib/newsletter/typed-signup";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Newsletter", description: "One gentle routine and a few honest words, about once a month." };

export default async function NewsletterPage({ searchParams }: PageProps<"/newsletter">) {
  const { error } = await searchParams;
  // After a refusal the form holds what was typed, to be corrected rather than typed again.
  const typed = typeof error === "string" ? readTypedSignup((await cookies()).get(TYPED_SIGNUP_COOKIE)?.value) : null;
  return (
    <Container className="max-w-2xl py-12 sm:py-16">
      <h1 className="text-4xl sm:text-5xl">The newsletter</h1>
      <p className="mt-4 text-lg text-ink-muted">
        About once a month: one short routine you can do in a few minutes, and a few honest words about living in a body
        under stress. No spam, no countdown timers, and you can leave with one click.
      </p>
      <div id="signup" className="mt-8 scroll-mt-24 rounded-3xl border border-line bg-surface p-6">
        {/* The reason sits in the form's box: a refused sign-up comes back at #signup, and must see it. */}
        {typeof error === "string" ? (
          <div className="mb-5">
            <Notice tone="error" live>{error.slice(0, 200)}</Notice>
          </div>
        ) : null}
        <NewsletterForm source="/newsletter" idPrefix="newsletter-page" defaults={typed ?? undefined} invalid={typeof error === "string"} />
      </div>
      <p className="mt-6">
        <Link href="/newsletter/archive" className="inline-flex min-h-11 items-center font-semibold text-moss-strong underline underline-offset-4">
          Read past letters
        </Link>
      </p>
    </Container>
  );
}
