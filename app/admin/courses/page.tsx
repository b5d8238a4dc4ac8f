import Link from "next/link";
import { requireAdmin } from "@/app/_auth/guards";
import { formatPrice } from "@/lib/platform/text/price-and-duration";
import { services } from "@/lib/composition/web";
import { adminTitle } from "@/app/admin/admin-title";
import { ButtonLink } from "@/app/_ui/button-link";

export const generateMetadata = adminTitle("Courses");

export default async function CoursesAdminPage() {
  await requireAdmin();
  const courses = await (await services()).courseAdmin.listCourses();
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-4xl">Courses</h1>
        <ButtonLink href="/admin/courses/new">New course</ButtonLink>
      </div>
      <ul className="mt-6 space-y-4">
        {courses.map((course) => (
          <li key={course.id} className="rounded-3xl border border-line bg-surface p-5">
            <p className="text-xl font-semibold">{course.title}</p>
            <p className="mt-1 text-ink-muted">
              {course.status === "published" ? "Published" : "Draft"} · {formatPrice(course.priceAmount, course.currency)} · {course.lessonCount} lessons ·{" "}
              {course.learners} {course.learners === 1 ? "learner" : "learners"}
            </p>
            <p className="mt-3 flex flex-wrap gap-4">
              <Link href={`/admin/courses/${course.id}`} className="font-semibold text-moss-strong underline underline-offset-4">
                Edit course and lessons
              </Link>
              <Link href={`/admin/courses/${course.id}/learners`} className="font-semibold text-moss-strong underline underline-offset-4">
                Learners and access
              </Link>
              {/* A draft has no public page yet: a link to it would be a 404. */}
              {course.status === "published" ? (
                <Link href={`/courses/${course.slug}`} className="underline underline-offset-4">
                  View sales page
                </Link>
              ) : (
                <span className="text-ink-muted">The sales page goes live when you publish it</span>
              )}
            </p>
          </li>
        ))}
      </ul>
      {courses.length === 0 ? <p className="mt-6 text-ink-muted">No courses yet. Start one with New course: it stays a draft until you publish it.</p> : null}
    </>
  );
}
