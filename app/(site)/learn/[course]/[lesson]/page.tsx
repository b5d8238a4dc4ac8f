import { LocalDate } from "@/app/_ui/local-date";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";
import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft, ArrowRight, Check, Clock, Download, Lock } from "lucide-react";
import { ButtonLink } from "@/app/_ui/button-link";
import { Container } from "@/app/_ui/container";
import { CrisisResources } from "@/app/_ui/crisis-resources";
import { Markdown } from "@/app/_ui/markdown";
import { Notice } from "@/app/_ui/notice";
import { formatRunningTime } from "@/lib/platform/text/price-and-duration";
import { INSTALMENT_UNPAID } from "@/lib/payments/plans/instalment-plan";
import { requireCourseAccess } from "./course-access";
import { lessonVideo } from "@/lib/course/video";
import { RoutinePlayer } from "@/app/(site)/routines/_components/routine-player";
import { embeddedRoutineSlugs, splitRoutineDirectives } from "@/lib/course/routine-directives";
import { getPublishedRoutine, type PublicRoutine } from "@/lib/composition/public-reads";
import { formatDuration } from "@/lib/routines/rules";
import { CompleteButton, SafetyForm } from "./lesson-forms";
import { ReflectionBox } from "./reflection-box";
import { MAX_ANSWER_LENGTH } from "@/lib/course/learning/reflection-rules";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function LessonPage({ params }: PageProps<"/learn/[course]/[lesson]">) {
  const { course: courseSlug, lesson: lessonSlug } = await params;
  const { user, view } = await requireCourseAccess(courseSlug, lessonSlug);
  const { course, modules, lesson, progress, completed, previous, next } = view;
  const coach = await getPublicCoachProfile();
  const coachZone = coach?.timezone ?? "UTC";
  const lockDate = (locks: ReadonlyMap<string, Date | null>, lessonId: string) => {
    const part = modules.find((candidate) => candidate.lessons.some((item) => item.id === lessonId));
    const opensAt = part ? locks.get(part.id) : null;
    return opensAt ? <LocalDate iso={opensAt.toISOString()} serverZone={coachZone} /> : "a later date";
  };
  const lessonHref = (slug: string) => `/learn/${course.slug}/${slug}`;

  return (
    <Container className="py-8 sm:py-12">
      <title>{`${lesson.title} · ${course.title}`}</title>
      <p>
        <Link href={`/courses/${course.slug}`} className="text-ink-muted underline underline-offset-4 hover:text-ink">
          {course.title}
        </Link>
      </p>
      <div className="mt-6 grid gap-10 lg:grid-cols-[1fr_20rem]">
        <article className="min-w-0">
          <h1 className="text-3xl sm:text-4xl">{lesson.title}</h1>
          <p className="mt-2 flex items-center gap-2 text-ink-muted">
            <Clock aria-hidden="true" className="size-4" /> {formatRunningTime(lesson.durationSeconds)}
            {/* A learner has the whole course: "free preview" only speaks to visitors. */}
            {lesson.isPreview && !view.learner ? <span className="rounded-full bg-sand px-2 py-0.5 text-xs font-semibold text-ink">Free preview</span> : null}
          </p>

          <div className="mt-8">
            {view.kind === "lesson" ? (
              <LessonContent content={view.content} title={lesson.title} routines={await embeddedRoutines(view.content.body)} />
            ) : view.access === "safety-first" ? (
              <SafetyNote course={course.slug} lesson={lesson.slug} />
            ) : view.access === "locked" ? (
              <div className="space-y-3 rounded-3xl border border-line bg-surface p-6">
                <p className="flex items-center gap-2 font-semibold">
                  <Lock aria-hidden="true" className="size-5" />
                  <span>This part opens on {lockDate(view.locks, lesson.id)}.</span>
                </p>
                <p className="text-ink-muted">The course unfolds a part at a time, so each has room to settle. We will email you the day it opens.</p>
              </div>
            ) : view.access === "revoked" && view.revokedReason === INSTALMENT_UNPAID ? (
              <div className="space-y-3 rounded-3xl border border-line bg-surface p-6">
                <p className="font-semibold">Your course is paused until the payment plan is paid.</p>
                <p className="text-ink-muted">Your progress and reflections are kept; everything opens again the moment it is paid.</p>
                <ButtonLink href="/account#payments">See your payments</ButtonLink>
              </div>
            ) : view.access === "revoked" ? (
              <Notice tone="info">
                Your access to this course has ended (for example after a refund). If you think this is a mistake, please{" "}
                {coach?.contactEmail ? (
                  <a href={`mailto:${coach.contactEmail}`} className="font-semibold underline underline-offset-4">
                    write to {coach.name || "the coach"}
                  </a>
                ) : (
                  "write to the coach"
                )}
                .
              </Notice>
            ) : (
              <div className="space-y-4 rounded-3xl border border-line bg-surface p-6">
                <p className="flex items-center gap-2 font-semibold">
                  <Lock aria-hidden="true" className="size-5" /> This lesson is part of the full course.
                </p>
                <ButtonLink href={`/courses/${course.slug}#buy`}>See the course and price</ButtonLink>
              </div>
            )}
          </div>

          {view.kind === "lesson" && view.reflection ? (
            <ReflectionBox owner={user!.id} course={course.slug} lesson={lesson.slug} prompts={view.reflection.prompts} answers={view.reflection.answers} required={view.reflection.required} maxLength={MAX_ANSWER_LENGTH} />
          ) : null}
          {view.kind === "lesson" && view.learner ? (
            <div className="mt-10 border-t border-line pt-6">
              <CompleteButton course={course.slug} lesson={lesson.slug} done={completed.has(lesson.id)} next={next ? { slug: next.slug, title: next.title } : null} />
            </div>
          ) : null}
          {view.kind === "lesson" && !user && lesson.isPreview ? (
            <p className="mt-10 border-t border-line pt-6 text-ink-muted">
              This is a free preview. <Link href={`/courses/${course.slug}`} className="underline underline-offset-4">See the whole course</Link>.
            </p>
          ) : null}

          <nav aria-label="Lessons" className="mt-10 flex flex-wrap justify-between gap-4">
            {previous ? (
              <Link href={lessonHref(previous.slug)} className="inline-flex items-center gap-2 underline underline-offset-4">
                <ArrowLeft aria-hidden="true" className="size-4" /> <span><span className="sr-only">Previous: </span>{previous.title}</span>
              </Link>
            ) : <span />}
            {next ? (
              <Link href={lessonHref(next.slug)} className="inline-flex items-center gap-2 text-right underline underline-offset-4">
                <span><span className="sr-only">Next: </span>{next.title}</span> <ArrowRight aria-hidden="true" className="size-4" />
              </Link>
            ) : null}
          </nav>
        </article>

        <aside aria-labelledby="outline-heading" className="lg:order-none">
          <div className="rounded-3xl border border-line bg-surface p-5 lg:sticky lg:top-6">
            <h2 id="outline-heading" className="text-xl">
              Course outline
            </h2>
            {view.learner ? (
              <div className="mt-3">
                <p className="text-sm text-ink-muted">
                  {progress.done} of {progress.total} lessons complete
                </p>
                <div className="mt-1 h-2 rounded-full bg-sand" role="progressbar" aria-label="Course progress" aria-valuenow={progress.percent} aria-valuemin={0} aria-valuemax={100}>
                  <div className="h-2 rounded-full bg-moss" style={{ width: `${progress.percent}%` }} />
                </div>
              </div>
            ) : null}
            <ol className="mt-4 space-y-4">
              {modules.map((module, index) => {
                const moduleProgress = progress.modules[index]!;
                const opensAt = view.locks.get(module.id);
                return (
                  <li key={module.id}>
                    <h3 className="text-base font-semibold">
                      {module.title}
                      {view.learner ? (
                        <span className="ml-1 font-normal text-ink-muted">
                          ({moduleProgress.done}/{moduleProgress.total})
                        </span>
                      ) : null}
                    </h3>
                    {opensAt ? (
                      <p className="mt-0.5 flex items-center gap-1.5 text-sm text-ink-muted">
                        <Lock aria-hidden="true" className="size-3.5" />
                        <span>
                          Opens on <LocalDate iso={opensAt.toISOString()} serverZone={coachZone} />
                        </span>
                      </p>
                    ) : null}
                    <ol className="mt-1 space-y-1">
                      {module.lessons.map((item) => {
                        const current = item.id === lesson.id;
                        const done = completed.has(item.id);
                        return (
                          <li key={item.id}>
                            <Link
                              href={lessonHref(item.slug)}
                              aria-current={current ? "page" : undefined}
                              className={`flex min-h-11 items-start gap-2 rounded-lg px-2 py-2.5 text-sm hover:bg-sand ${current ? "bg-sand font-semibold" : ""}`}
                            >
                              {done ? <Check aria-label="Completed" className="mt-0.5 size-4 shrink-0 text-success" /> : <span aria-hidden="true" className="mt-1.5 size-2 shrink-0 rounded-full border border-ink-muted" />}
                              <span>{item.title}</span>
                            </Link>
                          </li>
                        );
                      })}
                    </ol>
                  </li>
                );
              })}
            </ol>
          </div>
        </aside>
      </div>
    </Container>
  );
}

/** The published routines a lesson places in its text (`::routine[slug]`), from the routine cache. */
async function embeddedRoutines(body: string): Promise<Map<string, PublicRoutine>> {
  const found = await Promise.all(embeddedRoutineSlugs(body).map((slug) => getPublishedRoutine(slug)));
  return new Map(found.filter((routine): routine is PublicRoutine => Boolean(routine)).map((routine) => [routine.slug, routine]));
}

function LessonContent({
  content,
  title,
  routines,
}: {
  content: { body: string; videoUrl: string | null; captionsUrl: string | null; downloads: { label: string; url: string }[] };
  title: string;
  routines: Map<string, PublicRoutine>;
}) {
  const video = lessonVideo(content.videoUrl, content.captionsUrl);
  return (
    <div className="space-y-8">
      {video?.kind === "embed" ? (
        <div className="aspect-video overflow-hidden rounded-3xl bg-ink/5">
          <iframe
            src={video.src}
            title={`${title} (video on ${video.provider})`}
            className="size-full"
            loading="lazy"
            allow="fullscreen; picture-in-picture"
            referrerPolicy="strict-origin-when-cross-origin"
          />
        </div>
      ) : video?.kind === "file" ? (
        <video controls preload="metadata" className="w-full rounded-3xl bg-ink/5" crossOrigin="anonymous">
          <source src={video.src} />
          {video.captionsSrc ? <track kind="captions" src={video.captionsSrc} srcLang="en" label="English" default /> : null}
        </video>
      ) : null}
      {splitRoutineDirectives(content.body).map((segment, index) =>
        segment.kind === "markdown" ? (
          <Markdown key={index} className="max-w-[70ch]">
            {segment.text}
          </Markdown>
        ) : routines.has(segment.slug) ? (
          <RoutineInLesson key={index} routine={routines.get(segment.slug)!} />
        ) : null,
      )}
      {content.downloads.length ? (
        <section aria-labelledby="downloads-heading">
          <h2 id="downloads-heading" className="text-xl">
            Downloads
          </h2>
          <ul className="mt-2 space-y-2">
            {content.downloads.map((download) => (
              <li key={download.url}>
                <a href={download.url} download className="inline-flex items-center gap-2 underline underline-offset-4">
                  <Download aria-hidden="true" className="size-4" /> {download.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** A routine inside a lesson: what it is, and the guided player, opened right here. */
function RoutineInLesson({ routine }: { routine: PublicRoutine }) {
  return (
    <aside aria-label={`Routine: ${routine.title}`} className="max-w-[70ch] rounded-3xl border border-line bg-linen p-5 sm:p-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-ink-muted">Practise now</p>
      <h2 className="mt-1 text-2xl">{routine.title}</h2>
      <p className="mt-1 flex items-center gap-2 text-ink-muted">
        <Clock aria-hidden="true" className="size-4" /> {formatDuration(routine.totalSeconds)} · {routine.steps.length} steps
      </p>
      {routine.summary ? <p className="mt-3">{routine.summary}</p> : null}
      <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
        <RoutinePlayer slug={routine.slug} title={routine.title} steps={routine.steps} />
        <Link href={`/routines/${routine.slug}`} className="underline underline-offset-4">
          The routine&apos;s page
        </Link>
      </div>
    </aside>
  );
}

function SafetyNote({ course, lesson }: { course: string; lesson: string }) {
  return (
    <section aria-labelledby="safety-heading" className="space-y-5 rounded-3xl border border-line bg-linen p-6">
      <h2 id="safety-heading" className="text-2xl">
        Before you start: please read this once
      </h2>
      <div className="max-w-[70ch] space-y-3">
        <p>
          <strong>What these exercises are.</strong> Gentle physical exercises that invite a natural tremor in the legs and
          body, to help your body let go of held tension. You stay in charge of how far you go.
        </p>
        <p>
          <strong>What they are not.</strong> Therapy, diagnosis or treatment. They do not replace care from a doctor or a
          mental-health professional, and they are not the right tool in an acute crisis.
        </p>
        <p>
          <strong>When to stop.</strong> Straighten your legs and rest whenever you feel pain, dizziness, panic, or feelings
          that are more than you can hold right now. Stopping is part of the practice, not a failure. If you are pregnant,
          recovering from surgery, or have epilepsy or a heart condition, ask your doctor before you begin.
        </p>
      </div>
      <CrisisResources />
      <SafetyForm course={course} lesson={lesson} />
    </section>
  );
}
