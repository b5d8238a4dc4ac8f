import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { courseModules, courses, enrollments, lessonProgress, lessons } from "@/db/schema";
import type { OutlineModule } from "./progress";

/** The course and its published lessons in order, without lesson bodies. */
export async function loadCourseOutline(db: Executor, slug: string, options: { includeDrafts?: boolean } = {}) {
  const [course] = await db
    .select()
    .from(courses)
    .where(and(eq(courses.slug, slug), options.includeDrafts ? undefined : eq(courses.status, "published")))
    .limit(1);
  if (!course) return null;
  const rows = await db
    .select({
      moduleId: courseModules.id,
      moduleTitle: courseModules.title,
      moduleSummary: courseModules.summary,
      opensAfterDays: courseModules.opensAfterDays,
      opensAt: courseModules.opensAt,
      lessonId: lessons.id,
      slug: lessons.slug,
      title: lessons.title,
      durationSeconds: lessons.durationSeconds,
      isPreview: lessons.isPreview,
    })
    .from(courseModules)
    .leftJoin(
      lessons,
      and(eq(lessons.moduleId, courseModules.id), options.includeDrafts ? undefined : eq(lessons.status, "published")),
    )
    .where(eq(courseModules.courseId, course.id))
    .orderBy(asc(courseModules.position), asc(lessons.position));
  const modules: OutlineModule[] = [];
  for (const row of rows) {
    let part = modules.at(-1);
    if (part?.id !== row.moduleId) {
      part = { id: row.moduleId, title: row.moduleTitle, summary: row.moduleSummary, opensAfterDays: row.opensAfterDays, opensAt: row.opensAt, lessons: [] };
      modules.push(part);
    }
    if (row.lessonId) {
      part.lessons.push({ id: row.lessonId, slug: row.slug!, title: row.title!, durationSeconds: row.durationSeconds!, isPreview: row.isPreview! });
    }
  }
  return { course, modules: modules.filter((module) => module.lessons.length > 0 || options.includeDrafts) };
}

export async function loadLessonContent(db: Executor, lessonId: string) {
  const [row] = await db
    .select({ body: lessons.body, videoUrl: lessons.videoUrl, captionsUrl: lessons.captionsUrl, downloads: lessons.downloads })
    .from(lessons)
    .where(eq(lessons.id, lessonId))
    .limit(1);
  return row ?? null;
}

export async function completedLessonIds(db: Executor, userId: string, lessonIds: string[]): Promise<Set<string>> {
  if (lessonIds.length === 0) return new Set();
  const rows = await db
    .select({ lessonId: lessonProgress.lessonId })
    .from(lessonProgress)
    .where(and(eq(lessonProgress.userId, userId), inArray(lessonProgress.lessonId, lessonIds)));
  return new Set(rows.map((row) => row.lessonId));
}

export async function setLessonComplete(db: Executor, userId: string, lessonId: string, done: boolean, now: Date) {
  if (done) {
    await db.insert(lessonProgress).values({ userId, lessonId, completedAt: now }).onConflictDoNothing();
  } else {
    await db.delete(lessonProgress).where(and(eq(lessonProgress.userId, userId), eq(lessonProgress.lessonId, lessonId)));
  }
}

export async function acknowledgeSafety(db: Executor, enrollmentId: string, now: Date) {
  await db
    .update(enrollments)
    .set({ safetyAcknowledgedAt: now })
    .where(and(eq(enrollments.id, enrollmentId), isNull(enrollments.safetyAcknowledgedAt)));
}

export async function recordLessonVisit(db: Executor, enrollmentId: string, lessonId: string, now: Date) {
  await db.update(enrollments).set({ lastLessonId: lessonId, lastSeenAt: now }).where(eq(enrollments.id, enrollmentId));
}

/** The courses a person can open, for /account. */
export async function listActiveEnrollments(db: Executor, userId: string) {
  return db
    .select({ enrollment: enrollments, slug: courses.slug, title: courses.title })
    .from(enrollments)
    .innerJoin(courses, eq(courses.id, enrollments.courseId))
    .where(and(eq(enrollments.userId, userId), isNull(enrollments.revokedAt), eq(courses.status, "published")))
    .orderBy(asc(enrollments.grantedAt));
}
