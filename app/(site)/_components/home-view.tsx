"use client";

import { ArrowRight, CalendarHeart, Footprints } from "lucide-react";
import type { ReactNode } from "react";
import { ButtonLink } from "@/app/_ui/button-link";
import { Container } from "@/app/_ui/container";
import { CalmShapes, FootOnBallDrawing, ForwardFoldDrawing } from "@/app/_ui/illustrations";
import { CoachPortrait } from "@/app/_ui/coach-portrait";
import { CourseFeature } from "@/app/_ui/course-feature";
import { RoutineCard } from "@/app/_ui/routine-card";
import type { CourseSummary } from "@/lib/composition/public-reads";
import type { RoutineCard as RoutineCardData } from "@/lib/composition/public-reads";
import type { PublicCoachProfile } from "@/lib/composition/public-reads";
import { FIRST_ROUTINE } from "./first-routine";

/**
 * The home page's markup. It is a client component for one reason: the page is mostly structure
 * around a little data, and React sends a server component's whole tree twice, once as HTML and
 * again as RSC data for hydration. Rendered from here, the RSC data carries only these props
 * (a few KB) while the markup comes from one cached script (docs/decisions/0021).
 */
export function HomeView({
  coach,
  featured,
  routineCount,
  course,
  callMinutes,
  testimonials,
}: {
  coach: PublicCoachProfile | null;
  featured: RoutineCardData[];
  routineCount: number;
  course: CourseSummary | undefined;
  callMinutes: number;
  /** Rendered on the server: they are data the coach chose, and read their own cache. */
  testimonials: ReactNode;
}) {
  const firstName = coach?.name.split(" ")[0] ?? "your coach";
  return (
    <>
      <section className="relative overflow-hidden">
        <Container className="grid items-center gap-10 pb-16 pt-12 md:grid-cols-[1.15fr_1fr] md:pb-24 md:pt-20">
          <div>
            <p className="font-semibold tracking-wide text-clay">{coach?.headline}</p>
            <h1 className="mt-3 text-[2.6rem] sm:text-6xl">Ease for the body that carries your day.</h1>
            <p className="mt-6 max-w-[34rem] text-lg text-ink-muted">{coach?.shortBio}</p>
            <div className="mt-8 flex flex-wrap items-center gap-3">
              <ButtonLink href={`/routines/${FIRST_ROUTINE}`}>
                <Footprints aria-hidden="true" className="size-5" />
                Try the foot release, free
              </ButtonLink>
              <ButtonLink href="/consultation" variant="secondary">
                Book a free consultation
              </ButtonLink>
            </div>
          </div>
          <div className="relative mx-auto w-full max-w-md text-ink">
            <CalmShapes className="absolute inset-x-0 top-4 mx-auto w-4/5 opacity-60" />
            <ForwardFoldDrawing
              className="relative h-auto w-full"
              title="A person folding forward, with a line tracing the back of the body from the soles of the feet to the brow"
            />
          </div>
        </Container>
      </section>

      <section aria-labelledby="routines-heading" className="py-8">
        <Container>
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div className="max-w-2xl">
              <h2 id="routines-heading" className="text-3xl sm:text-4xl">
                Free routines, a few minutes each
              </h2>
              <p className="mt-3 text-ink-muted">
                Follow along on your phone, with a timer that talks you through each step. No account needed.
              </p>
            </div>
            <ButtonLink href="/routines" variant="quiet">
              {routineCount === 1 ? "See the routine" : `All ${routineCount} routines`} <ArrowRight aria-hidden="true" className="size-4" />
            </ButtonLink>
          </div>
          <ul className="mt-8 grid gap-5 md:grid-cols-3">
            {featured.map((routine) => (
              <li key={routine.slug}>
                <RoutineCard routine={routine} />
              </li>
            ))}
          </ul>
        </Container>
      </section>

      <section aria-labelledby="why-heading" className="py-16">
        <Container className="grid items-center gap-10 rounded-[2rem] bg-sand/70 px-6 py-12 sm:px-12 md:grid-cols-[1fr_1.3fr]">
          <FootOnBallDrawing className="mx-auto h-auto w-full max-w-xs" lazy />
          <div className="max-w-xl">
            <h2 id="why-heading" className="text-3xl sm:text-4xl">
              Tight hamstrings often start at your feet
            </h2>
            <p className="mt-4 text-ink-muted">
              The back of your body is one continuous line of muscle and fascia, from your soles to your brow. Loosen
              the feet and the whole line gets a little slack. It is why ten seconds on two tennis balls can change
              your forward bend, and why stretching your hamstrings harder often does not.
            </p>
            <ButtonLink href={`/routines/${FIRST_ROUTINE}`} variant="quiet" className="mt-4">
              See how it works <ArrowRight aria-hidden="true" className="size-4" />
            </ButtonLink>
          </div>
        </Container>
      </section>

      {course ? (
        <section aria-labelledby="course-heading" className="py-8">
          <Container>
            <CourseFeature course={course} headingId="course-heading" />
          </Container>
        </section>
      ) : null}

      {coach ? (
        <section aria-labelledby="about-heading" className="py-16">
          <Container className="grid gap-8 md:grid-cols-[1fr_2fr]">
            <div>
              {coach.portrait ? <CoachPortrait portrait={coach.portrait} size={160} /> : null}
              <h2 id="about-heading" className="mt-5 text-3xl sm:text-4xl">
                Hello, I am {firstName}
              </h2>
            </div>
            <div className="max-w-[65ch] space-y-4 text-ink-muted">
              {coach.longBio.split(/\n{2,}/).map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
            </div>
          </Container>
        </section>
      ) : null}

      <Container>{testimonials}</Container>

      <section aria-labelledby="consult-heading">
        <Container>
          <div className="flex flex-col items-start gap-6 rounded-[2rem] bg-moss px-6 py-12 text-on-moss sm:px-12 md:flex-row md:items-center md:justify-between">
            <div className="max-w-xl">
              <h2 id="consult-heading" className="flex items-center gap-3 text-3xl sm:text-4xl">
                <CalendarHeart aria-hidden="true" className="size-8 shrink-0" />
                Not sure where to start?
              </h2>
              <p className="mt-3 opacity-95">
                Book a free {callMinutes}-minute call. We talk about what your body is telling you and whether working together
                1:1 would help. No pressure, no sales script.
              </p>
            </div>
            <ButtonLink
              href="/consultation"
              variant="secondary"
              className="border-on-moss bg-on-moss text-moss-strong hover:bg-linen hover:text-ink"
            >
              Choose a time
            </ButtonLink>
          </div>
        </Container>
      </section>
    </>
  );
}
