import { Testimonials } from "@/app/_ui/testimonials";
import { consultationMinutes } from "@/lib/composition/public-reads";
import { renderingAtBuild } from "@/lib/platform/cache/build-placeholder.mjs";
import { getCourseSummaries } from "@/lib/composition/public-reads";
import { getRoutineCards } from "@/lib/composition/public-reads";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";
import { FIRST_ROUTINE } from "./_components/first-routine";
import { HomeView } from "./_components/home-view";

// Built as a placeholder (the build has no database), rendered on the first request, then served
// from the cache until the coach edits what it shows (docs/decisions/0003).
// PUBLIC_REVALIDATE_SECONDS (lib/platform/cache/tags.ts): an hourly backstop behind tag revalidation.
export const revalidate = 3600;

export default async function HomePage() {
  if (renderingAtBuild()) return null;
  const [coach, routines, courses, callMinutes] = await Promise.all([
    getPublicCoachProfile(),
    getRoutineCards(),
    getCourseSummaries(),
    consultationMinutes(),
  ]);
  const featured = [
    ...routines.filter((routine) => routine.slug === FIRST_ROUTINE),
    ...routines.filter((routine) => routine.slug !== FIRST_ROUTINE),
  ].slice(0, 3);
  return (
    <HomeView
      coach={coach}
      featured={featured}
      routineCount={routines.length}
      course={courses[0]}
      callMinutes={callMinutes}
      testimonials={<Testimonials place="home" className="pb-16" />}
    />
  );
}
