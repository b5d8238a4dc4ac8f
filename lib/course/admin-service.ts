import { and, asc, desc, eq, gt, lt, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database, Executor } from "@/db/connect";
import { courseModules, courses, enrollments, lessonProgress, lessons, users } from "@/db/schema";
import { findOrCreateUserId, grantEnrollment } from "@/lib/payments/queries";
import { slugSchema } from "@/lib/routines/schema";
import { slugify } from "@/lib/routines/slug";
import { PUBLICATION_STATUSES } from "@/lib/routines/taxonomy";
import { parseDownloads, parseFaq, parsePrice } from "./admin-forms";
import { isUniqueViolation } from "@/db/errors";
import { fieldErrors } from "@/lib/validation/field-errors";

export type EditResult = { ok: true; slugs: string[] } | { ok: false; errors: Record<string, string> };

const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@example.com."));

export const courseFormSchema = z.object({
  title: z.string().trim().min(1, "Add a course title.").max(200),
  slug: slugSchema,
  subtitle: z.string().trim().max(300, "Keep the subtitle under 300 characters."),
  description: z.string().max(20_000),
  audience: z.string().max(5_000),
  notFor: z.string().max(5_000),
  faq: z.string().max(40_000),
  price: z.string(),
  currency: z.string().trim().toLowerCase().regex(/^[a-z]{3}$/, "Use a three-letter currency code such as usd or eur."),
  status: z.enum(PUBLICATION_STATUSES),
});

export const lessonFormSchema = z.object({
  title: z.string().trim().min(1, "Add a lesson title.").max(160),
  slug: slugSchema,
  durationMinutes: z.coerce.number({ error: "Write the length in minutes." }).int("Whole minutes, please.").min(1, "A lesson lasts at least a minute.").max(600),
  isPreview: z.boolean(),
  status: z.enum(PUBLICATION_STATUSES),
  videoUrl: z.string().trim().max(2000).refine((value) => value === "" || /^https:\/\/\S+$/.test(value), "Video links must start with https://"),
  captionsUrl: z.string().trim().max(2000).refine((value) => value === "" || /^(https:\/\/|\/)\S+$/.test(value), "Captions must be an https:// link or a path such as /uploads/lesson.vtt."),
  downloads: z.string().max(10_000),
  body: z.string().max(50_000, "Keep a lesson under 50,000 characters."),
});


/** Swaps an item with its neighbour in a (parent, position) list whose positions are unique. */
async function swapPosition<T extends typeof courseModules | typeof lessons>(
  tx: Executor,
  table: T,
  parent: { column: T extends typeof lessons ? typeof lessons.moduleId : typeof courseModules.courseId; id: string },
  item: { id: string; position: number },
  direction: "up" | "down",
) {
  const neighbourQuery = tx
    .select({ id: table.id, position: table.position })
    .from(table as typeof lessons)
    .where(and(eq(parent.column, parent.id), direction === "up" ? lt(table.position, item.position) : gt(table.position, item.position)))
    .orderBy(direction === "up" ? desc(table.position) : asc(table.position))
    .limit(1);
  const [neighbour] = await neighbourQuery;
  if (!neighbour) return false;
  // Park the item outside the range first: the unique (parent, position) index is checked per row.
  await tx.update(table as typeof lessons).set({ position: -1 }).where(eq(table.id, item.id));
  await tx.update(table as typeof lessons).set({ position: item.position }).where(eq(table.id, neighbour.id));
  await tx.update(table as typeof lessons).set({ position: neighbour.position }).where(eq(table.id, item.id));
  return true;
}

/** The coach's course editor and access tools. Results name the course slugs whose pages changed. */
export function createCourseAdminService(deps: { db: Database; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  async function courseSlugFor(executor: Executor, courseId: string) {
    const [row] = await executor.select({ slug: courses.slug }).from(courses).where(eq(courses.id, courseId)).limit(1);
    return row?.slug ?? null;
  }

  return {
    async listCourses() {
      return db
        .select({
          id: courses.id,
          slug: courses.slug,
          title: courses.title,
          status: courses.status,
          priceAmount: courses.priceAmount,
          currency: courses.currency,
          lessonCount: sql<number>`(select count(*)::int from ${lessons} where ${lessons.courseId} = ${courses.id})`,
          learners: sql<number>`(select count(*)::int from ${enrollments} where ${enrollments.courseId} = ${courses.id} and ${enrollments.revokedAt} is null)`,
        })
        .from(courses)
        .orderBy(asc(courses.createdAt));
    },

    async loadForEditing(courseId: string) {
      if (!z.uuid().safeParse(courseId).success) return null;
      const [course] = await db.select().from(courses).where(eq(courses.id, courseId)).limit(1);
      if (!course) return null;
      const modules = await db.select().from(courseModules).where(eq(courseModules.courseId, courseId)).orderBy(asc(courseModules.position));
      const lessonRows = await db.select().from(lessons).where(eq(lessons.courseId, courseId)).orderBy(asc(lessons.position));
      return { course, modules: modules.map((module) => ({ ...module, lessons: lessonRows.filter((lesson) => lesson.moduleId === module.id) })) };
    },

    async updateCourse(courseId: string, form: unknown): Promise<EditResult> {
      const parsed = courseFormSchema.safeParse(form);
      const errors = parsed.success ? {} : fieldErrors(parsed.error);
      // Price and FAQ are read even when other fields are wrong, so every problem shows at once.
      const raw = (form ?? {}) as { price?: unknown; faq?: unknown };
      const price = parsePrice(String(raw.price ?? ""));
      if (!price.ok) errors.price ??= price.error;
      const faq = parseFaq(String(raw.faq ?? ""));
      if (!faq.ok) errors.faq ??= faq.error;
      if (!parsed.success || !price.ok || !faq.ok) return { ok: false, errors };
      const previous = await courseSlugFor(db, courseId);
      if (!previous) return { ok: false, errors: { form: "This course does not exist any more." } };
      const { title, slug, subtitle, description, audience, notFor, currency, status } = parsed.data;
      const fields = { title, slug, subtitle, description, audience, notFor, currency, status };
      try {
        await db.update(courses).set({ ...fields, priceAmount: price.value, faq: faq.value }).where(eq(courses.id, courseId));
      } catch (error) {
        if (isUniqueViolation(error, "courses_slug_unique")) return { ok: false, errors: { slug: "Another course already uses this address." } };
        throw error;
      }
      return { ok: true, slugs: [previous, fields.slug] };
    },

    async addModule(courseId: string, title: string): Promise<EditResult> {
      const name = title.trim();
      if (!name) return { ok: false, errors: { title: "Give the new part a title." } };
      return db.transaction(async (tx) => {
        const slug = await courseSlugFor(tx, courseId);
        if (!slug) return { ok: false, errors: { form: "This course does not exist any more." } };
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`course-modules:${courseId}`}))`);
        const [last] = await tx.select({ position: courseModules.position }).from(courseModules).where(eq(courseModules.courseId, courseId)).orderBy(desc(courseModules.position)).limit(1);
        await tx.insert(courseModules).values({ courseId, title: name.slice(0, 160), position: (last?.position ?? -1) + 1 });
        return { ok: true, slugs: [slug] };
      });
    },

    async updateModule(moduleId: string, input: { title: string; summary: string }): Promise<EditResult> {
      const title = input.title.trim();
      if (!title) return { ok: false, errors: { title: "A part needs a title." } };
      const [row] = await db.update(courseModules).set({ title: title.slice(0, 160), summary: input.summary.trim().slice(0, 1000) }).where(eq(courseModules.id, moduleId)).returning({ courseId: courseModules.courseId });
      if (!row) return { ok: false, errors: { form: "This part does not exist any more." } };
      return { ok: true, slugs: [(await courseSlugFor(db, row.courseId))!] };
    },

    async moveModule(moduleId: string, direction: "up" | "down"): Promise<EditResult> {
      return db.transaction(async (tx) => {
        const [module] = await tx.select().from(courseModules).where(eq(courseModules.id, moduleId)).for("update").limit(1);
        if (!module) return { ok: false, errors: { form: "This part does not exist any more." } };
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`course-modules:${module.courseId}`}))`);
        await swapPosition(tx, courseModules, { column: courseModules.courseId, id: module.courseId }, module, direction);
        return { ok: true, slugs: [(await courseSlugFor(tx, module.courseId))!] };
      });
    },

    async deleteModule(moduleId: string): Promise<EditResult> {
      const [module] = await db.select().from(courseModules).where(eq(courseModules.id, moduleId)).limit(1);
      if (!module) return { ok: false, errors: { form: "This part does not exist any more." } };
      if ((await db.$count(lessons, eq(lessons.moduleId, moduleId))) > 0) return { ok: false, errors: { form: "Move or delete this part's lessons first." } };
      await db.delete(courseModules).where(eq(courseModules.id, moduleId));
      return { ok: true, slugs: [(await courseSlugFor(db, module.courseId))!] };
    },

    async addLesson(moduleId: string, title: string): Promise<{ ok: true; lessonId: string; slugs: string[] } | { ok: false; errors: Record<string, string> }> {
      const name = title.trim();
      if (!name) return { ok: false, errors: { title: "Give the new lesson a title." } };
      return db.transaction(async (tx) => {
        const [module] = await tx.select().from(courseModules).where(eq(courseModules.id, moduleId)).limit(1);
        if (!module) return { ok: false, errors: { form: "This part does not exist any more." } };
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`course-lessons:${module.courseId}`}))`);
        const taken = new Set((await tx.select({ slug: lessons.slug }).from(lessons).where(eq(lessons.courseId, module.courseId))).map((row) => row.slug));
        const base = slugify(name) || "lesson";
        let slug = base;
        for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
        const [last] = await tx.select({ position: lessons.position }).from(lessons).where(eq(lessons.moduleId, moduleId)).orderBy(desc(lessons.position)).limit(1);
        // New lessons start as drafts: nobody sees them until the coach publishes.
        const [lesson] = await tx
          .insert(lessons)
          .values({ courseId: module.courseId, moduleId, slug, title: name.slice(0, 160), durationSeconds: 300, status: "draft", position: (last?.position ?? -1) + 1 })
          .returning({ id: lessons.id });
        return { ok: true, lessonId: lesson!.id, slugs: [(await courseSlugFor(tx, module.courseId))!] };
      });
    },

    async loadLesson(lessonId: string) {
      if (!z.uuid().safeParse(lessonId).success) return null;
      const [row] = await db
        .select({ lesson: lessons, courseSlug: courses.slug, courseTitle: courses.title })
        .from(lessons)
        .innerJoin(courses, eq(courses.id, lessons.courseId))
        .where(eq(lessons.id, lessonId))
        .limit(1);
      return row ?? null;
    },

    async updateLesson(lessonId: string, form: unknown): Promise<EditResult> {
      const parsed = lessonFormSchema.safeParse(form);
      const errors = parsed.success ? {} : fieldErrors(parsed.error);
      const downloads = parseDownloads(String((form as { downloads?: unknown } | null)?.downloads ?? ""));
      if (!downloads.ok) errors.downloads ??= downloads.error;
      if (!parsed.success || !downloads.ok) return { ok: false, errors };
      const { durationMinutes, videoUrl, captionsUrl, title, slug, isPreview, status, body } = parsed.data;
      const fields = { title, slug, isPreview, status, body };
      try {
        const [row] = await db
          .update(lessons)
          .set({ ...fields, durationSeconds: durationMinutes * 60, videoUrl: videoUrl || null, captionsUrl: captionsUrl || null, downloads: downloads.value })
          .where(eq(lessons.id, lessonId))
          .returning({ courseId: lessons.courseId });
        if (!row) return { ok: false, errors: { form: "This lesson does not exist any more." } };
        return { ok: true, slugs: [(await courseSlugFor(db, row.courseId))!] };
      } catch (error) {
        if (isUniqueViolation(error, "lessons_slug_unique")) return { ok: false, errors: { slug: "Another lesson in this course already uses this address." } };
        throw error;
      }
    },

    async moveLesson(lessonId: string, direction: "up" | "down"): Promise<EditResult> {
      return db.transaction(async (tx) => {
        const [lesson] = await tx.select().from(lessons).where(eq(lessons.id, lessonId)).for("update").limit(1);
        if (!lesson) return { ok: false, errors: { form: "This lesson does not exist any more." } };
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`course-lessons:${lesson.courseId}`}))`);
        await swapPosition(tx, lessons, { column: lessons.moduleId, id: lesson.moduleId }, lesson, direction);
        return { ok: true, slugs: [(await courseSlugFor(tx, lesson.courseId))!] };
      });
    },

    async deleteLesson(lessonId: string): Promise<EditResult> {
      const [row] = await db.delete(lessons).where(eq(lessons.id, lessonId)).returning({ courseId: lessons.courseId });
      if (!row) return { ok: false, errors: { form: "This lesson does not exist any more." } };
      return { ok: true, slugs: [(await courseSlugFor(db, row.courseId))!] };
    },

    /** Learners with their progress, newest first. */
    async listEnrollments(courseId: string) {
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
          completed: sql<number>`(select count(*)::int from ${lessonProgress} join ${lessons} on ${lessons.id} = ${lessonProgress.lessonId} where ${lessonProgress.userId} = ${enrollments.userId} and ${lessons.courseId} = ${enrollments.courseId})`,
        })
        .from(enrollments)
        .innerJoin(users, eq(users.id, enrollments.userId))
        .where(eq(enrollments.courseId, courseId))
        .orderBy(desc(enrollments.grantedAt));
    },

    /** Complimentary access: for a friend, a scholarship, or a buyer the coach looks after by hand. */
    async grantAccess(courseId: string, email: string): Promise<EditResult> {
      const parsed = emailSchema.safeParse(email);
      if (!parsed.success) return { ok: false, errors: { email: parsed.error.issues[0]!.message } };
      return db.transaction(async (tx) => {
        const slug = await courseSlugFor(tx, courseId);
        if (!slug) return { ok: false, errors: { form: "This course does not exist any more." } };
        const userId = await findOrCreateUserId(tx, parsed.data);
        await grantEnrollment(tx, { userId, courseId, source: "complimentary", orderId: null, now: now() });
        return { ok: true, slugs: [slug] };
      });
    },

    async revokeAccess(enrollmentId: string): Promise<EditResult> {
      const [row] = await db
        .update(enrollments)
        .set({ revokedAt: now(), revokedReason: "Revoked by the coach" })
        .where(eq(enrollments.id, enrollmentId))
        .returning({ courseId: enrollments.courseId });
      if (!row) return { ok: false, errors: { form: "This learner does not exist any more." } };
      return { ok: true, slugs: [] };
    },
  };
}

export type CourseAdminService = ReturnType<typeof createCourseAdminService>;
