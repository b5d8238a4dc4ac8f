import { and, asc, count, eq, sum } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { courseModules, courses, lessons } from "@/db/schema";

/** Published courses with their lesson count and total running time, for cards and the home page. */
export async function listPublishedCourseSummaries(db: Executor) {
  return db
    .select({
      slug: courses.slug,
      title: courses.title,
      subtitle: courses.subtitle,
      priceAmount: courses.priceAmount,
      currency: courses.currency,
      lessonCount: count(lessons.id),
      moduleCount: db.$count(courseModules, eq(courseModules.courseId, courses.id)),
      totalSeconds: sum(lessons.durationSeconds).mapWith(Number),
    })
    .from(courses)
    .leftJoin(lessons, eq(lessons.courseId, courses.id))
    .where(eq(courses.status, "published"))
    .groupBy(courses.id)
    .orderBy(asc(courses.createdAt));
}

export async function findPublishedCourseBySlug(db: Executor, slug: string) {
  const [row] = await db
    .select()
    .from(courses)
    .where(and(eq(courses.slug, slug), eq(courses.status, "published")))
    .limit(1);
  return row ?? null;
}

