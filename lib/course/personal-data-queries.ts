import { desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { courses, enrollments, lessonProgress, lessons } from "@/db/schema";

/** An account's enrolments and finished lessons (newest first); both go with the account when it is erased. */
export async function learningRecords(db: Executor, userId: string, limit: number) {
  const enrollmentRows = await db
    .select({
      courseTitle: courses.title,
      source: enrollments.source,
      grantedAt: enrollments.grantedAt,
      revokedAt: enrollments.revokedAt,
      revokedReason: enrollments.revokedReason,
      lastSeenAt: enrollments.lastSeenAt,
      lessonCount: sql<number>`(select count(*)::int from ${lessons} where ${lessons.courseId} = ${courses.id})`,
    })
    .from(enrollments)
    .innerJoin(courses, eq(courses.id, enrollments.courseId))
    .where(eq(enrollments.userId, userId));

  const lessonsDone = await db
    .select({ lessonTitle: lessons.title, courseTitle: courses.title, completedAt: lessonProgress.completedAt })
    .from(lessonProgress)
    .innerJoin(lessons, eq(lessons.id, lessonProgress.lessonId))
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .where(eq(lessonProgress.userId, userId))
    .orderBy(desc(lessonProgress.completedAt))
    .limit(limit);
  return { enrollments: enrollmentRows, lessonsDone };
}
