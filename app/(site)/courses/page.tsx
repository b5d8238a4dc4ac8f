import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/app/_ui/container";
import { CourseFeature } from "@/app/_ui/course-feature";
import { renderingAtBuild } from "@/lib/platform/cache/build-placeholder.mjs";
import { getCourseSummaries } from "@/lib/composition/public-reads";

// Built as a placeholder (the build has no database), rendered on the first request, then cached
// until a course changes (docs/decisions/0003); an hourly backstop behind tag revalidation.
export const revalidate = 3600;

export const metadata: Metadata = {
  title: "Courses",
  description: "Online courses to follow at your own pace, one short lesson at a time.",
  alternates: { canonical: "/courses" },
};

export default async function CoursesPage() {
  if (renderingAtBuild()) return null;
  const courses = await getCourseSummaries();
  return (
    <Container className="py-12 sm:py-16">
      <h1 className="text-4xl sm:text-5xl">Courses</h1>
      <p className="mt-4 max-w-2xl text-lg text-ink-muted">
        Short lessons to follow at your own pace, at home, with a body that is allowed to go slowly.
      </p>
      {courses.length ? (
        <ul className="mt-10 space-y-8" aria-label="Courses">
          {courses.map((course) => (
            <li key={course.slug}>
              <CourseFeature course={course} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-10 max-w-2xl">
          No course is open right now. <Link href="/newsletter" className="underline underline-offset-4">The newsletter</Link> says when the next one opens; until then,{" "}
          <Link href="/routines" className="underline underline-offset-4">the free routines</Link> are here for you.
        </p>
      )}
    </Container>
  );
}
