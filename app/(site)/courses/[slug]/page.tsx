import { CoachPortrait } from "@/app/_ui/coach-portrait";
import { Testimonials } from "@/app/_ui/testimonials";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Clock, PlayCircle } from "lucide-react";
import { Container } from "@/app/_ui/container";
import { CrisisResources } from "@/app/_ui/crisis-resources";
import { Markdown } from "@/app/_ui/markdown";
import { getCourseSalesPage } from "@/lib/composition/public-reads";
import { formatPrice, formatRunningTime } from "@/lib/platform/text/price-and-duration";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";
import { CourseCta, StickyBuyBar } from "./course-cta";

/** The boxes that already show Buy: the phone bar hides while either is on screen. */
const STICKY_WATCH = ["buy", "ready"];

// Rendered on first request and cached until the coach edits the course (docs/decisions/0003).
export const dynamicParams = true;
// PUBLIC_REVALIDATE_SECONDS (lib/platform/cache/tags.ts): an hourly backstop behind tag revalidation.
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/courses/[slug]">): Promise<Metadata> {
  const course = await getCourseSalesPage((await params).slug);
  if (!course) return { title: "Course not found" };
  return {
    title: course.title,
    description: course.subtitle,
    alternates: { canonical: `/courses/${course.slug}` },
    openGraph: { title: course.title, description: course.subtitle, type: "website", url: `/courses/${course.slug}` },
  };
}

export default async function CoursePage({ params }: PageProps<"/courses/[slug]">) {
  const { slug } = await params;
  const [course, coach] = await Promise.all([getCourseSalesPage(slug), getPublicCoachProfile()]);
  if (!course) notFound();
  const price = formatPrice(course.priceAmount, course.currency);
  const plan = course.instalmentCount && course.instalmentAmount ? { count: course.instalmentCount, amountLabel: formatPrice(course.instalmentAmount, course.currency), totalLabel: formatPrice(course.instalmentAmount * course.instalmentCount, course.currency) } : null;
  const lessonCount = course.modules.reduce((sum, module) => sum + module.lessons.length, 0);

  return (
    <article>
      <Container className="py-10 sm:py-14">
        <div className="grid gap-10 lg:grid-cols-[1.5fr_1fr] lg:items-start">
          <div>
            <p className="inline-block rounded-full bg-clay-soft px-3 py-1 text-sm font-semibold text-clay">Online course</p>
            <h1 className="mt-4 text-4xl sm:text-5xl">{course.title}</h1>
            <p className="mt-5 max-w-2xl text-lg text-ink-muted">{course.subtitle}</p>
          </div>
          <aside aria-labelledby="buy-heading" className="rounded-3xl border border-line bg-surface p-6 lg:sticky lg:top-6" id="buy">
            <h2 id="buy-heading" className="sr-only">
              Price and access
            </h2>
            <dl className="grid grid-cols-2 gap-4">
              <div>
                <dt className="text-sm text-ink-muted">Price</dt>
                <dd className="font-serif text-3xl">{price}</dd>
                {plan ? (
                  <dd className="text-sm text-ink-muted">
                    or {plan.count} × {plan.amountLabel} a month, {plan.totalLabel} in total
                  </dd>
                ) : null}
              </div>
              <div>
                <dt className="text-sm text-ink-muted">Length</dt>
                <dd className="font-serif text-3xl">{formatRunningTime(course.totalSeconds)}</dd>
              </div>
              <div className="col-span-2 text-sm text-ink-muted">
                <dt className="sr-only">Contents</dt>
                <dd>
                  {lessonCount} short lessons in {course.modules.length} parts, at your own pace.
                </dd>
              </div>
            </dl>
            <div className="mt-6">
              <CourseCta slug={course.slug} priceLabel={price} plan={plan} />
            </div>
          </aside>
        </div>

        <section aria-labelledby="promise-heading" className="mt-14 max-w-[70ch]">
          <h2 id="promise-heading" className="text-3xl">
            What this course gives you
          </h2>
          <Markdown className="mt-4">{course.description}</Markdown>
        </section>

        <div className="mt-14 grid gap-8 md:grid-cols-2">
          <section aria-labelledby="for-heading" className="rounded-3xl bg-linen p-6">
            <h2 id="for-heading" className="text-2xl">
              It is for you if
            </h2>
            <Markdown className="mt-3">{course.audience}</Markdown>
          </section>
          <section aria-labelledby="not-for-heading" className="space-y-4 rounded-3xl border border-line bg-surface p-6">
            <h2 id="not-for-heading" className="text-2xl">
              It is not for you if
            </h2>
            <Markdown>{course.notFor}</Markdown>
            <CrisisResources />
          </section>
        </div>

        <section aria-labelledby="curriculum-heading" className="mt-14">
          <h2 id="curriculum-heading" className="text-3xl">
            What you will learn
          </h2>
          <ol className="mt-6 space-y-6">
            {course.modules.map((module, moduleIndex) => (
              <li key={module.id} className="rounded-3xl border border-line bg-surface p-5 sm:p-6">
                <h3 className="text-xl">
                  <span className="text-ink-muted">Part {moduleIndex + 1}.</span> {module.title}
                </h3>
                {module.summary ? <p className="mt-1 text-ink-muted">{module.summary}</p> : null}
                <ol className="mt-4 divide-y divide-line">
                  {module.lessons.map((lesson) => (
                    <li key={lesson.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3">
                      <span className="flex items-center gap-2">
                        {lesson.isPreview ? (
                          <Link href={`/learn/${course.slug}/${lesson.slug}`} className="underline underline-offset-4 hover:text-moss-strong">
                            {lesson.title}
                          </Link>
                        ) : (
                          lesson.title
                        )}
                        {lesson.isPreview ? (
                          <span className="inline-flex items-center gap-1 rounded-full bg-sand px-2 py-0.5 text-xs font-semibold">
                            <PlayCircle aria-hidden="true" className="size-3.5" /> Free preview
                          </span>
                        ) : null}
                      </span>
                      <span className="flex items-center gap-1 text-sm text-ink-muted">
                        <Clock aria-hidden="true" className="size-4" />
                        {formatRunningTime(lesson.durationSeconds)}
                      </span>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </section>

        {course.faq.length ? (
          <section aria-labelledby="faq-heading" className="mt-14 max-w-[70ch]">
            <h2 id="faq-heading" className="text-3xl">
              Questions people ask
            </h2>
            <div className="mt-4 divide-y divide-line rounded-3xl border border-line bg-surface">
              {course.faq.map((entry) => (
                <details key={entry.question} className="group p-5">
                  <summary className="cursor-pointer py-2.5 font-semibold">{entry.question}</summary>
                  <p className="mt-2 text-ink-muted">{entry.answer}</p>
                </details>
              ))}
            </div>
          </section>
        ) : null}

        {coach ? (
          <section aria-labelledby="coach-heading" className="mt-14 grid gap-6 rounded-3xl bg-linen p-6 sm:p-10 md:grid-cols-[1fr_2fr]">
            <div>
              {coach.portrait ? (
                <div className="mb-4">
                  <CoachPortrait portrait={coach.portrait} size={128} />
                </div>
              ) : null}
              <h2 id="coach-heading" className="text-3xl">
                Your teacher
              </h2>
              <p className="mt-2 font-semibold">{coach.name}</p>
              <p className="text-ink-muted">{coach.headline}</p>
            </div>
            <div className="max-w-[65ch] space-y-3 text-ink-muted">
              {coach.longBio.split(/\n{2,}/).map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
            </div>
          </section>
        ) : null}

        <Testimonials place="course" heading="What learners say" className="mt-14" />

        <section id="ready" aria-labelledby="start-heading" className="mt-14 flex flex-col items-start gap-4 rounded-3xl border border-line bg-surface p-6 sm:p-10">
          <h2 id="start-heading" className="text-3xl">
            Ready when you are
          </h2>
          <p className="max-w-2xl text-ink-muted">Start with the two free lessons, or take the whole course for {price}.</p>
          <div className="w-full max-w-sm">
            <CourseCta slug={course.slug} priceLabel={price} plan={plan} />
          </div>
        </section>
        <StickyBuyBar slug={course.slug} priceLabel={price} watch={STICKY_WATCH} />
      </Container>
    </article>
  );
}
