import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CalendarHeart, Clock } from "lucide-react";
import { ButtonLink } from "@/app/_ui/button-link";
import { Container } from "@/app/_ui/container";
import { Markdown } from "@/app/_ui/markdown";
import { NewsletterForm } from "@/app/_ui/newsletter-form";
import { RoutineCard } from "@/app/_ui/routine-card";
import { env } from "@/lib/platform/env";
import { getPublishedRoutine, getRoutineCards } from "@/lib/composition/public-reads";
import { routineHowTo, safeJsonForScript } from "@/lib/routines/json-ld";
import { relatedRoutines } from "@/lib/routines/related";
import { cautionLine, keyCautions } from "@/lib/routines/cautions";
import { Picture } from "@/app/_ui/picture";
import { formatDuration } from "@/lib/routines/rules";
import { BODY_AREA_LABELS, EQUIPMENT_LABELS } from "@/lib/routines/taxonomy";
import { RoutinePlayer } from "../_components/routine-player";
import { SaveOffline } from "../_components/save-offline";

// Rendered on the first request, then served from the cache until the coach edits it
// (docs/decisions/0003). Nothing is prerendered at build time: there is no database then.
export const dynamicParams = true;
// PUBLIC_REVALIDATE_SECONDS (lib/platform/cache/tags.ts): an hourly backstop behind tag revalidation.
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

const SIDE_NOTE = { left: "Left side", right: "Right side", both: null } as const;

export async function generateMetadata({ params }: PageProps<"/routines/[slug]">): Promise<Metadata> {
  const routine = await getPublishedRoutine((await params).slug);
  if (!routine) return { title: "Routine not found" };
  return {
    title: routine.title,
    description: routine.summary,
    alternates: { canonical: `/routines/${routine.slug}` },
    openGraph: { title: routine.title, description: routine.summary, type: "article", url: `/routines/${routine.slug}` },
  };
}

export default async function RoutinePage({ params }: PageProps<"/routines/[slug]">) {
  const { slug } = await params;
  const [routine, all] = await Promise.all([getPublishedRoutine(slug), getRoutineCards()]);
  if (!routine) notFound();
  const related = relatedRoutines(routine, all);
  const equipment = routine.equipment.length ? routine.equipment.map((item) => EQUIPMENT_LABELS[item]).join(", ") : "Nothing at all";

  return (
    <article>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: safeJsonForScript(routineHowTo(routine, `${env().APP_URL}/routines/${routine.slug}`)) }}
      />
      <Container className="py-10 sm:py-14">
        <p>
          <Link href="/routines" className="inline-flex min-h-11 items-center text-ink-muted underline underline-offset-4 hover:text-ink">
            ← All routines
          </Link>
        </p>
        <div className="mt-6 grid gap-10 lg:grid-cols-[1.4fr_1fr]">
          <div>
            <ul className="flex flex-wrap gap-2" aria-label="Body areas">
              {routine.bodyAreas.map((area) => (
                <li key={area}>
                  <Link href={`/routines?area=${area}`} className="inline-flex min-h-11 items-center chip hover:underline">
                    {BODY_AREA_LABELS[area]}
                  </Link>
                </li>
              ))}
            </ul>
            <h1 className="mt-4 text-4xl sm:text-5xl">{routine.title}</h1>
            <p className="mt-4 text-lg text-ink-muted">{routine.summary}</p>
            {routine.image ? (
              <div className="relative mt-6 aspect-[16/9] overflow-hidden rounded-3xl border border-line bg-sand">
                <Picture picture={routine.image} sizes="(min-width: 1280px) 680px, (min-width: 1024px) 55vw, 100vw" preload />
              </div>
            ) : null}
            <dl className="mt-6 flex flex-wrap gap-x-8 gap-y-3">
              <div>
                <dt className="text-sm text-ink-muted">Time</dt>
                <dd className="flex items-center gap-2 font-semibold">
                  <Clock aria-hidden="true" className="size-4" /> {formatDuration(routine.totalSeconds)}
                </dd>
              </div>
              <div>
                <dt className="text-sm text-ink-muted">You need</dt>
                <dd className="font-semibold">{equipment}</dd>
              </div>
              <div>
                <dt className="text-sm text-ink-muted">Steps</dt>
                <dd className="font-semibold">{routine.stepCount}</dd>
              </div>
            </dl>
            {/* Safety before Start: on a phone the full "Go gently" list is far below, so its key points come first. */}
            {routine.cautions ? (
              <section aria-labelledby="before-heading" className="mt-8 rounded-2xl border border-clay/40 bg-clay-soft/50 p-4 lg:hidden">
                <h2 id="before-heading" className="font-sans text-base font-semibold">
                  Before you start
                </h2>
                <ul className="mt-2 list-disc space-y-1 pl-5">
                  {keyCautions(routine.cautions).map((item) => (
                    <li key={item}>
                      <Markdown className="[&_p]:m-0">{item}</Markdown>
                    </li>
                  ))}
                </ul>
                <a href="#care-heading" className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold underline underline-offset-4">
                  All the cautions
                </a>
              </section>
            ) : null}
            <div className="mt-8">
              <RoutinePlayer slug={routine.slug} title={routine.title} steps={routine.steps} caution={routine.cautions ? cautionLine(routine.cautions) : null} />
              <SaveOffline mediaUrls={routine.steps.flatMap((step) => (step.media ? [step.media.url] : []))} />
            </div>

            <section aria-labelledby="steps-heading" className="mt-12">
              <h2 id="steps-heading" className="text-3xl">The steps</h2>
              <ol className="mt-6 space-y-4">
                {routine.steps.map((step, index) => (
                  <li key={index} className="flex gap-4 rounded-2xl border border-line bg-surface p-4">
                    <span aria-hidden="true" className="flex size-9 shrink-0 items-center justify-center rounded-full bg-sand font-semibold">
                      {index + 1}
                    </span>
                    <div className="min-w-0 flex-1">
                      {step.media ? (
                        <div className="relative mb-3 aspect-[4/3] max-w-[13rem] overflow-hidden rounded-xl bg-sand">
                          <Picture picture={step.media} sizes="320px" />
                        </div>
                      ) : null}
                      <p>{step.instruction}</p>
                      <p className="mt-1 text-sm text-ink-muted">
                        {step.durationSeconds ? formatDuration(step.durationSeconds) : `${step.repetitions} times`}
                        {SIDE_NOTE[step.side] ? ` · ${SIDE_NOTE[step.side]}` : ""}
                      </p>
                    </div>
                  </li>
                ))}
              </ol>
            </section>

            {routine.whyItWorks ? (
              <section aria-labelledby="why-heading" className="mt-12">
                <h2 id="why-heading" className="text-3xl">Why it works</h2>
                <Markdown className="mt-4 text-ink-muted">{routine.whyItWorks}</Markdown>
              </section>
            ) : null}
          </div>

          <aside className="space-y-6 lg:sticky lg:top-6 lg:self-start">
            <section aria-labelledby="care-heading" className="rounded-3xl border border-clay/40 bg-clay-soft/50 p-6">
              <h2 id="care-heading" className="text-2xl">Go gently</h2>
              {routine.cautions ? <Markdown className="mt-3">{routine.cautions}</Markdown> : null}
              <p className="mt-4 text-sm">
                This is not medical advice. Stop if anything hurts. If pain is sharp, new or getting worse, see a doctor.
              </p>
            </section>
            <section aria-labelledby="next-heading" className="rounded-3xl border border-line bg-surface p-6">
              <h2 id="next-heading" className="text-2xl">Want more like this?</h2>
              <p className="mt-2 text-ink-muted">One gentle routine a month, by email. Or talk it through with me, free.</p>
              <div className="mt-4">
                <NewsletterForm source={`/routines/${routine.slug}`} idPrefix="routine" compact />
              </div>
              <div className="mt-4 flex flex-col gap-3">
                <ButtonLink href="/consultation">
                  <CalendarHeart aria-hidden="true" className="size-5" /> Book a free consultation
                </ButtonLink>
              </div>
            </section>
          </aside>
        </div>

        {related.length ? (
          <section aria-labelledby="related-heading" className="mt-16">
            <h2 id="related-heading" className="text-3xl">Related routines</h2>
            <ul className="mt-6 grid gap-5 md:grid-cols-3">
              {related.map((other) => (
                <li key={other.slug}>
                  <RoutineCard routine={other} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </Container>
    </article>
  );
}
