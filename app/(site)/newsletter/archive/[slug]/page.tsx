import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/app/_ui/container";
import { Markdown } from "@/app/_ui/markdown";
import { NewsletterForm } from "@/app/_ui/newsletter-form";
import { RoutineCard } from "@/app/_ui/routine-card";
import { services } from "@/lib/composition/web";
import { getRoutineCards } from "@/lib/composition/public-reads";

export const dynamic = "force-dynamic";

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export async function generateMetadata({ params }: PageProps<"/newsletter/archive/[slug]">): Promise<Metadata> {
  const letter = await (await services()).broadcasts.archivedLetter((await params).slug);
  return letter ? { title: letter.subject, description: letter.preheader || undefined, alternates: { canonical: `/newsletter/archive/${letter.slug}` } } : { title: "Letter not found" };
}

/** The web version of a sent letter: the same words and routines, without anyone's personal links. */
export default async function ArchivedLetterPage({ params }: PageProps<"/newsletter/archive/[slug]">) {
  const { slug } = await params;
  const [letter, cards] = await Promise.all([(await services()).broadcasts.archivedLetter(slug), getRoutineCards()]);
  if (!letter) notFound();
  const routines = letter.routineSlugs.map((routineSlug) => cards.find((card) => card.slug === routineSlug)).filter((card) => card !== undefined);

  return (
    <Container className="max-w-3xl py-12 sm:py-16">
      <p>
        <Link href="/newsletter/archive" className="text-ink-muted underline underline-offset-4 hover:text-ink">
          ← Past letters
        </Link>
      </p>
      <article className="mt-6">
        <h1 className="text-4xl sm:text-5xl">{letter.subject}</h1>
        {letter.sentAt ? (
          <p className="mt-3 text-ink-muted">
            <time dateTime={letter.sentAt.toISOString()}>{day.format(letter.sentAt)}</time>
          </p>
        ) : null}
        <Markdown className="mt-8" breaks>{letter.body}</Markdown>
        {routines.length ? (
          <section aria-labelledby="routines-heading" className="mt-10">
            <h2 id="routines-heading" className="text-2xl">
              Try it now
            </h2>
            <div className="mt-4 grid gap-4 sm:grid-cols-2">
              {routines.map((routine) => (
                <RoutineCard key={routine.slug} routine={routine} />
              ))}
            </div>
          </section>
        ) : null}
      </article>
      <div className="mt-12 rounded-3xl border border-line bg-surface p-6">
        <h2 className="mb-4 text-2xl">Get the next letter by email</h2>
        <NewsletterForm source={`/newsletter/archive/${letter.slug}`} idPrefix="archive-letter" />
      </div>
    </Container>
  );
}
