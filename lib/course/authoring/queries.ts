import { and, asc, desc, eq, gt, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { courseModules, courses, enrollments, lessonProgress, lessons, users } from "@/db/schema";

export type { Course, CourseModule, Lesson } from "@/db/schema";

/** Every course with how many lessons it has and how many people can open it now. */
export async function listCoursesWithCounts(db: Executor) {
  return db
    .select({
      id: courses.id,
      slug: courses.slug,
      title: courses.title,
      status: courses.status,
      priceAmount: courses.priceAmount,
      currency: courses.currency,
      // The outer course written with its table: Drizzle renders a column of a one-table select
      // bare ("id"), and inside the subquery a bare "id" is the lesson's own, which counted nothing.
      lessonCount: sql<number>`(select count(*)::int from lessons as l where l.course_id = ${courses}.id)`.mapWith(Number),
      learners: sql<number>`(select count(*)::int from enrollments as e where e.course_id = ${courses}.id and e.revoked_at is null)`.mapWith(Number),
    })
    .from(courses)
    .orderBy(asc(courses.createdAt));
}

export async function findCourse(db: Executor, courseId: string) {
  const [course] = await db.select().from(courses).where(eq(courses.id, courseId)).limit(1);
  return course ?? null;
}

export async function courseSlugOf(db: Executor, courseId: string) {
  const [row] = await db.select({ slug: courses.slug }).from(courses).where(eq(courses.id, courseId)).limit(1);
  return row?.slug ?? null;
}

export async function listModulesWithLessons(db: Executor, courseId: string) {
  const modules = await db.select().from(courseModules).where(eq(courseModules.courseId, courseId)).orderBy(asc(courseModules.position));
  const lessonRows = await db.select().from(lessons).where(eq(lessons.courseId, courseId)).orderBy(asc(lessons.position));
  return modules.map((module) => ({ ...module, lessons: lessonRows.filter((lesson) => lesson.moduleId === module.id) }));
}

/** A draft course; null when the slug is taken (the caller tries the next one). */
export async function insertDraftCourse(db: Executor, values: { slug: string; title: string; priceAmount: number; currency: string }) {
  const [row] = await db.insert(courses).values({ ...values, status: "draft" }).onConflictDoNothing({ target: courses.slug }).returning({ id: courses.id });
  return row?.id ?? null;
}

export async function updateCourseRow(db: Executor, courseId: string, values: Partial<typeof courses.$inferInsert>) {
  await db.update(courses).set(values).where(eq(courses.id, courseId));
}

/** Serialises changes to one course's parts or lessons for the rest of the transaction. */
export async function lockCourseOutline(tx: Executor, courseId: string, what: "modules" | "lessons") {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`course-${what}:${courseId}`}))`);
}

export async function appendModule(tx: Executor, courseId: string, title: string) {
  const [last] = await tx.select({ position: courseModules.position }).from(courseModules).where(eq(courseModules.courseId, courseId)).orderBy(desc(courseModules.position)).limit(1);
  await tx.insert(courseModules).values({ courseId, title, position: (last?.position ?? -1) + 1 });
}

export async function updateModuleRow(db: Executor, moduleId: string, values: { title: string; summary: string; opensAfterDays: number | null; opensAt: Date | null }) {
  const [row] = await db.update(courseModules).set(values).where(eq(courseModules.id, moduleId)).returning({ courseId: courseModules.courseId });
  return row ?? null;
}

export async function findModule(db: Executor, moduleId: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(courseModules).where(eq(courseModules.id, moduleId)).limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

export async function countLessonsInModule(db: Executor, moduleId: string) {
  return db.$count(lessons, eq(lessons.moduleId, moduleId));
}

export async function deleteModuleRow(db: Executor, moduleId: string) {
  await db.delete(courseModules).where(eq(courseModules.id, moduleId));
}

export async function lessonSlugsOfCourse(tx: Executor, courseId: string) {
  return new Set((await tx.select({ slug: lessons.slug }).from(lessons).where(eq(lessons.courseId, courseId))).map((row) => row.slug));
}

/** A new lesson at the end of its part; lessons start as drafts, seen by nobody until published. */
export async function appendLesson(tx: Executor, values: { courseId: string; moduleId: string; slug: string; title: string }) {
  const [last] = await tx.select({ position: lessons.position }).from(lessons).where(eq(lessons.moduleId, values.moduleId)).orderBy(desc(lessons.position)).limit(1);
  const [lesson] = await tx
    .insert(lessons)
    .values({ ...values, durationSeconds: 300, status: "draft", position: (last?.position ?? -1) + 1 })
    .returning({ id: lessons.id });
  return lesson!.id;
}

export async function findLessonWithCourse(db: Executor, lessonId: string) {
  const [row] = await db
    .select({ lesson: lessons, courseSlug: courses.slug, courseTitle: courses.title })
    .from(lessons)
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .where(eq(lessons.id, lessonId))
    .limit(1);
  return row ?? null;
}

export async function findLessonForUpdate(tx: Executor, lessonId: string) {
  const [row] = await tx.select().from(lessons).where(eq(lessons.id, lessonId)).for("update").limit(1);
  return row ?? null;
}

export async function updateLessonRow(db: Executor, lessonId: string, values: Partial<typeof lessons.$inferInsert>) {
  const [row] = await db.update(lessons).set(values).where(eq(lessons.id, lessonId)).returning({ courseId: lessons.courseId });
  return row ?? null;
}

export async function deleteLessonRow(db: Executor, lessonId: string) {
  const [row] = await db.delete(lessons).where(eq(lessons.id, lessonId)).returning({ courseId: lessons.courseId });
  return row ?? null;
}

/** Swaps a part or a lesson with its neighbour; positions are unique per parent, so the item is parked first. */
export async function swapWithNeighbour(tx: Executor, kind: "module" | "lesson", item: { id: string; position: number; parentId: string }, direction: "up" | "down") {
  const table = kind === "module" ? courseModules : lessons;
  const parent = kind === "module" ? courseModules.courseId : lessons.moduleId;
  const [neighbour] = await tx
    .select({ id: table.id, position: table.position })
    .from(table as typeof lessons)
    .where(and(eq(parent, item.parentId), direction === "up" ? lt(table.position, item.position) : gt(table.position, item.position)))
    .orderBy(direction === "up" ? desc(table.position) : asc(table.position))
    .limit(1);
  if (!neighbour) return false;
  await tx.update(table as typeof lessons).set({ position: -1 }).where(eq(table.id, item.id));
  await tx.update(table as typeof lessons).set({ position: item.position }).where(eq(table.id, neighbour.id));
  await tx.update(table as typeof lessons).set({ position: neighbour.position }).where(eq(table.id, item.id));
  return true;
}

/** Learners with their progress, newest first. */
/** One page of a course's learners, newest first, each with the lessons they have done. */
export async function listEnrollmentsWithProgress(db: Executor, courseId: string, page: { limit: number; offset: number }) {
  return db
    .select({
      id: enrollments.id,
      email: users.email,
      name: users.name,
      source: enrollments.source,
      grantedAt: enrollments.grantedAt,
      revokedAt: enrollments.revokedAt,
      revokedReason: enrollments.revokedReason,
      lastSeenAt: enrollments.lastSeenAt,
      completed: sql<number>`(select count(*)::int from ${lessonProgress} as p join lessons as l on l.id = p.lesson_id where p.user_id = ${enrollments}.user_id and l.course_id = ${enrollments}.course_id)`.mapWith(Number),
    })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(eq(enrollments.courseId, courseId))
    .orderBy(desc(enrollments.grantedAt), desc(enrollments.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countEnrollments(db: Executor, courseId: string): Promise<number> {
  return db.$count(enrollments, eq(enrollments.courseId, courseId));
}

export async function revokeEnrollment(db: Executor, enrollmentId: string, now: Date) {
  const [row] = await db
    .update(enrollments)
    .set({ revokedAt: now, revokedReason: "Revoked by the coach" })
    .where(eq(enrollments.id, enrollmentId))
    .returning({ courseId: enrollments.courseId });
  return row ?? null;
}
