import { z } from "zod";
import type { Database } from "@/db/connect";
import {
  appendLesson,
  appendModule,
  countLessonsInModule,
  courseSlugOf,
  deleteLessonRow,
  deleteModuleRow,
  findCourse,
  findLessonForUpdate,
  findLessonWithCourse,
  findModule,
  lessonSlugsOfCourse,
  listCoursesWithCounts,
  listEnrollmentsWithProgress,
  listModulesWithLessons,
  lockCourseOutline,
  revokeEnrollment,
  swapWithNeighbour,
  updateCourseRow,
  updateLessonRow,
  updateModuleRow,
} from "./admin-queries";
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


/** The coach's course editor and access tools. Results name the course slugs whose pages changed. */
export function createCourseAdminService(deps: { db: Database; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const isId = (value: string) => z.uuid().safeParse(value).success;

  return {
    listCourses: () => listCoursesWithCounts(db),

    async loadForEditing(courseId: string) {
      if (!isId(courseId)) return null;
      const course = await findCourse(db, courseId);
      if (!course) return null;
      return { course, modules: await listModulesWithLessons(db, courseId) };
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
      const previous = await courseSlugOf(db, courseId);
      if (!previous) return { ok: false, errors: { form: "This course does not exist any more." } };
      const { title, slug, subtitle, description, audience, notFor, currency, status } = parsed.data;
      const fields = { title, slug, subtitle, description, audience, notFor, currency, status };
      try {
        await updateCourseRow(db, courseId, { ...fields, priceAmount: price.value, faq: faq.value });
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
        const slug = await courseSlugOf(tx, courseId);
        if (!slug) return { ok: false, errors: { form: "This course does not exist any more." } };
        await lockCourseOutline(tx, courseId, "modules");
        await appendModule(tx, courseId, name.slice(0, 160));
        return { ok: true, slugs: [slug] };
      });
    },

    async updateModule(moduleId: string, input: { title: string; summary: string }): Promise<EditResult> {
      const title = input.title.trim();
      if (!title) return { ok: false, errors: { title: "A part needs a title." } };
      const row = await updateModuleRow(db, moduleId, { title: title.slice(0, 160), summary: input.summary.trim().slice(0, 1000) });
      if (!row) return { ok: false, errors: { form: "This part does not exist any more." } };
      return { ok: true, slugs: [(await courseSlugOf(db, row.courseId))!] };
    },

    async moveModule(moduleId: string, direction: "up" | "down"): Promise<EditResult> {
      return db.transaction(async (tx) => {
        const module = await findModule(tx, moduleId, { lock: true });
        if (!module) return { ok: false, errors: { form: "This part does not exist any more." } };
        await lockCourseOutline(tx, module.courseId, "modules");
        await swapWithNeighbour(tx, "module", { id: module.id, position: module.position, parentId: module.courseId }, direction);
        return { ok: true, slugs: [(await courseSlugOf(tx, module.courseId))!] };
      });
    },

    async deleteModule(moduleId: string): Promise<EditResult> {
      const module = await findModule(db, moduleId);
      if (!module) return { ok: false, errors: { form: "This part does not exist any more." } };
      if ((await countLessonsInModule(db, moduleId)) > 0) return { ok: false, errors: { form: "Move or delete this part's lessons first." } };
      await deleteModuleRow(db, moduleId);
      return { ok: true, slugs: [(await courseSlugOf(db, module.courseId))!] };
    },

    async addLesson(moduleId: string, title: string): Promise<{ ok: true; lessonId: string; slugs: string[] } | { ok: false; errors: Record<string, string> }> {
      const name = title.trim();
      if (!name) return { ok: false, errors: { title: "Give the new lesson a title." } };
      return db.transaction(async (tx) => {
        const module = await findModule(tx, moduleId);
        if (!module) return { ok: false, errors: { form: "This part does not exist any more." } };
        await lockCourseOutline(tx, module.courseId, "lessons");
        const taken = await lessonSlugsOfCourse(tx, module.courseId);
        const base = slugify(name) || "lesson";
        let slug = base;
        for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
        const lessonId = await appendLesson(tx, { courseId: module.courseId, moduleId, slug, title: name.slice(0, 160) });
        return { ok: true, lessonId, slugs: [(await courseSlugOf(tx, module.courseId))!] };
      });
    },

    async loadLesson(lessonId: string) {
      if (!isId(lessonId)) return null;
      return findLessonWithCourse(db, lessonId);
    },

    async updateLesson(lessonId: string, form: unknown): Promise<EditResult> {
      const parsed = lessonFormSchema.safeParse(form);
      const errors = parsed.success ? {} : fieldErrors(parsed.error);
      const downloads = parseDownloads(String((form as { downloads?: unknown } | null)?.downloads ?? ""));
      if (!downloads.ok) errors.downloads ??= downloads.error;
      if (!parsed.success || !downloads.ok) return { ok: false, errors };
      const { durationMinutes, videoUrl, captionsUrl, title, slug, isPreview, status, body } = parsed.data;
      try {
        const row = await updateLessonRow(db, lessonId, {
          title,
          slug,
          isPreview,
          status,
          body,
          durationSeconds: durationMinutes * 60,
          videoUrl: videoUrl || null,
          captionsUrl: captionsUrl || null,
          downloads: downloads.value,
        });
        if (!row) return { ok: false, errors: { form: "This lesson does not exist any more." } };
        return { ok: true, slugs: [(await courseSlugOf(db, row.courseId))!] };
      } catch (error) {
        if (isUniqueViolation(error, "lessons_slug_unique")) return { ok: false, errors: { slug: "Another lesson in this course already uses this address." } };
        throw error;
      }
    },

    async moveLesson(lessonId: string, direction: "up" | "down"): Promise<EditResult> {
      return db.transaction(async (tx) => {
        const lesson = await findLessonForUpdate(tx, lessonId);
        if (!lesson) return { ok: false, errors: { form: "This lesson does not exist any more." } };
        await lockCourseOutline(tx, lesson.courseId, "lessons");
        await swapWithNeighbour(tx, "lesson", { id: lesson.id, position: lesson.position, parentId: lesson.moduleId }, direction);
        return { ok: true, slugs: [(await courseSlugOf(tx, lesson.courseId))!] };
      });
    },

    async deleteLesson(lessonId: string): Promise<EditResult> {
      const row = await deleteLessonRow(db, lessonId);
      if (!row) return { ok: false, errors: { form: "This lesson does not exist any more." } };
      return { ok: true, slugs: [(await courseSlugOf(db, row.courseId))!] };
    },

    /** Learners with their progress, newest first. */
    listEnrollments: (courseId: string) => listEnrollmentsWithProgress(db, courseId),

    /** Complimentary access: for a friend, a scholarship, or a buyer the coach looks after by hand. */
    async grantAccess(courseId: string, email: string): Promise<EditResult> {
      const parsed = emailSchema.safeParse(email);
      if (!parsed.success) return { ok: false, errors: { email: parsed.error.issues[0]!.message } };
      return db.transaction(async (tx) => {
        const slug = await courseSlugOf(tx, courseId);
        if (!slug) return { ok: false, errors: { form: "This course does not exist any more." } };
        const userId = await findOrCreateUserId(tx, parsed.data);
        await grantEnrollment(tx, { userId, courseId, source: "complimentary", orderId: null, now: now() });
        return { ok: true, slugs: [slug] };
      });
    },

    async revokeAccess(enrollmentId: string): Promise<EditResult> {
      const row = await revokeEnrollment(db, enrollmentId, now());
      if (!row) return { ok: false, errors: { form: "This learner does not exist any more." } };
      return { ok: true, slugs: [] };
    },
  };
}

export type CourseAdminService = ReturnType<typeof createCourseAdminService>;
