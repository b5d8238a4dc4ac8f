import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/app/_ui/container";
import { NewsletterForm } from "@/app/_ui/newsletter-form";
import { services } from "@/lib/composition/web";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Newsletter archive", description: "Every letter so far: one gentle routine and a few honest words, about once a month." };

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export default async function ArchivePage() {
  const letters = await (await services()).broadcasts.archive();
  return (
    <Container className="max-w-3xl py-12 sm:py-16">
      <h1 className="text-4xl sm:text-5xl">Past letters</h1>
      <p className="mt-4 text-lg text-ink-muted">Every newsletter so far, to read on the web.</p>
      {letters.length ? (
        <ol className="mt-8 divide-y divide-line rounded-3xl border border-line bg-surface">
          {letters.map((letter) => (
            <li key={letter.slug} className="p-5">
              <Link href={`/newsletter/archive/${letter.slug}`} className="text-xl font-semibold underline-offset-4 hover:underline">
                {letter.subject}
              </Link>
              <p className="mt-1 text-ink-muted">
                {letter.sentAt ? <time dateTime={letter.sentAt.toISOString()}>{day.format(letter.sentAt)}</time> : null}
                {letter.preheader ? ` · ${letter.preheader}` : ""}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-8 text-ink-muted">The first letter has not gone out yet.</p>
      )}
      <div className="mt-10 rounded-3xl border border-line bg-surface p-6">
        <h2 className="mb-4 text-2xl">Get the next one by email</h2>
        <NewsletterForm source="/newsletter/archive" idPrefix="archive" />
      </div>
    </Container>
  );
}
