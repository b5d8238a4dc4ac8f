import { instalmentPlanProblem } from "./forms";
import { TZDate } from "@date-fns/tz";
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
  insertDraftCourse,
  lessonSlugsOfCourse,
  listCoursesWithCounts,
  listEnrollmentsWithProgress,
  countEnrollments,
  listModulesWithLessons,
  lockCourseOutline,
  revokeEnrollment,
  swapWithNeighbour,
  updateCourseRow,
  updateLessonRow,
  updateModuleRow,
} from "./queries";
import { findOrCreateUserId, grantEnrollment } from "@/lib/payments/public";
import { slugify } from "@/lib/platform/text/slug";
import { accessEmailSchema, type CourseEdit, type LessonEdit, type NewCourse } from "./schema";
import { isUniqueViolation } from "@/db/errors";

/** Learners on a page of a course's list: a screenful a person can read. */
export const LEARNERS_PAGE_SIZE = 50;

export type EditResult = { ok: true; slugs: string[] } | { ok: false; errors: Record<string, string> };

/** The coach's course editor and access tools. Results name the course slugs whose pages changed. */
export function createCourseAdminService(deps: { db: Database; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const isId = (value: string) => z.uuid().safeParse(value).success;

  return {
    listCourses: () => listCoursesWithCounts(db),

    /**
     * A new draft course, its address made from the title (a number added while one is taken). A
     * draft has no public page, so nothing is refreshed. Returns the id the editor opens.
     */
    async createCourse(input: NewCourse): Promise<{ ok: true; id: string } | { ok: false; errors: Record<string, string> }> {
      const base = slugify(input.title, 70) || "course";
      for (let attempt = 1; attempt <= 20; attempt += 1) {
        const id = await insertDraftCourse(db, { slug: attempt === 1 ? base : `${base}-${attempt}`, title: input.title, priceAmount: input.price, currency: input.currency });
        if (id) return { ok: true, id };
      }
      return { ok: false, errors: { title: "Twenty courses already use addresses made from this title: choose another title." } };
    },

    async loadForEditing(courseId: string) {
      if (!isId(courseId)) return null;
      const course = await findCourse(db, courseId);
      if (!course) return null;
      return { course, modules: await listModulesWithLessons(db, courseId) };
    },

    async updateCourse(courseId: string, input: CourseEdit): Promise<EditResult> {
      const previous = await courseSlugOf(db, courseId);
      if (!previous) return { ok: false, errors: { form: "This course does not exist any more." } };
      const { price, instalmentCount, instalmentPrice, ...fields } = input;
      const planProblem = instalmentPlanProblem({ count: instalmentCount, amount: instalmentPrice }, price);
      if (planProblem) return { ok: false, errors: { [planProblem.field]: planProblem.message } };
      try {
        await updateCourseRow(db, courseId, { ...fields, priceAmount: price, instalmentCount, instalmentAmount: instalmentPrice });
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

    /**
     * Title, summary and drip: the part opens N days after a learner's access began, or on a day
     * (its midnight in the coach's zone), or at once; never both ways.
     */
    async updateModule(moduleId: string, input: { title: string; summary: string; opensAfterDays: string; opensOn: string; timeZone: string }): Promise<EditResult> {
      const title = input.title.trim();
      if (!title) return { ok: false, errors: { title: "A part needs a title." } };
      const drip = parseDrip(input.opensAfterDays, input.opensOn, input.timeZone);
      if (!drip.ok) return drip;
      const row = await updateModuleRow(db, moduleId, { title: title.slice(0, 160), summary: input.summary.trim().slice(0, 1000), opensAfterDays: drip.opensAfterDays, opensAt: drip.opensAt });
      if (!row) return { ok: false, errors: { form: "This part does not exist any more." } };
      return { ok: true, slugs: [(await courseSlugOf(db, row.courseId))!] };
    },

    async moveModule(moduleId: string, direction: "up" | "down"): Promise<EditResult> {
      return db.transaction(async (tx) => {
        const part = await findModule(tx, moduleId, { lock: true });
        if (!part) return { ok: false, errors: { form: "This part does not exist any more." } };
        await lockCourseOutline(tx, part.courseId, "modules");
        await swapWithNeighbour(tx, "module", { id: part.id, position: part.position, parentId: part.courseId }, direction);
        return { ok: true, slugs: [(await courseSlugOf(tx, part.courseId))!] };
      });
    },

    async deleteModule(moduleId: string): Promise<EditResult> {
      const part = await findModule(db, moduleId);
      if (!part) return { ok: false, errors: { form: "This part does not exist any more." } };
      if ((await countLessonsInModule(db, moduleId)) > 0) return { ok: false, errors: { form: "Move or delete this part's lessons first." } };
      await deleteModuleRow(db, moduleId);
      return { ok: true, slugs: [(await courseSlugOf(db, part.courseId))!] };
    },

    async addLesson(moduleId: string, title: string): Promise<{ ok: true; lessonId: string; slugs: string[] } | { ok: false; errors: Record<string, string> }> {
      const name = title.trim();
      if (!name) return { ok: false, errors: { title: "Give the new lesson a title." } };
      return db.transaction(async (tx) => {
        const part = await findModule(tx, moduleId);
        if (!part) return { ok: false, errors: { form: "This part does not exist any more." } };
        await lockCourseOutline(tx, part.courseId, "lessons");
        const taken = await lessonSlugsOfCourse(tx, part.courseId);
        const base = slugify(name) || "lesson";
        let slug = base;
        for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
        const lessonId = await appendLesson(tx, { courseId: part.courseId, moduleId, slug, title: name.slice(0, 160) });
        return { ok: true, lessonId, slugs: [(await courseSlugOf(tx, part.courseId))!] };
      });
    },

    async loadLesson(lessonId: string) {
      if (!isId(lessonId)) return null;
      return findLessonWithCourse(db, lessonId);
    },

    async updateLesson(lessonId: string, input: LessonEdit): Promise<EditResult> {
      const { durationMinutes, videoUrl, captionsUrl, ...fields } = input;
      if (fields.reflectionRequired && fields.reflectionPrompts.length === 0) return { ok: false, errors: { reflectionPrompts: "Write a reflection prompt, or untick “Ask for an answer before continuing”." } };
      try {
        const row = await updateLessonRow(db, lessonId, { ...fields, durationSeconds: durationMinutes * 60, videoUrl: videoUrl || null, captionsUrl: captionsUrl || null });
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
    /** A page of LEARNERS_PAGE_SIZE learners (page 1 first) and how many there are in all. */
    listEnrollments: async (courseId: string, page = 1) => {
      const [rows, total] = await Promise.all([
        listEnrollmentsWithProgress(db, courseId, { limit: LEARNERS_PAGE_SIZE, offset: (Math.max(1, page) - 1) * LEARNERS_PAGE_SIZE }),
        countEnrollments(db, courseId),
      ]);
      return { rows, total, pageSize: LEARNERS_PAGE_SIZE };
    },

    /** Complimentary access: for a friend, a scholarship, or a buyer the coach looks after by hand. */
    async grantAccess(courseId: string, email: string): Promise<EditResult> {
      const parsed = accessEmailSchema.safeParse(email);
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

/** The part editor's two drip fields, as the coach typed them. */
export function parseDrip(days: string, date: string, timeZone: string): { ok: true; opensAfterDays: number | null; opensAt: Date | null } | { ok: false; errors: Record<string, string> } {
  const dayText = days.trim();
  const dateText = date.trim();
  if (dayText && dateText) return { ok: false, errors: { opensAfterDays: "Open the part after some days or on a date, not both." } };
  if (dayText) {
    const count = Number(dayText);
    if (!Number.isInteger(count) || count < 1 || count > 365) return { ok: false, errors: { opensAfterDays: "Use a whole number of days from 1 to 365, or leave it empty." } };
    return { ok: true, opensAfterDays: count, opensAt: null };
  }
  if (dateText) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateText);
    const opensAt = match ? new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), timeZone) : null;
    if (!opensAt || Number.isNaN(opensAt.getTime()) || opensAt.getFullYear() < 2000 || opensAt.getFullYear() > 2100 || opensAt.getDate() !== Number(match![3])) {
      return { ok: false, errors: { opensOn: "Pick a real date, like 2027-01-12." } };
    }
    return { ok: true, opensAfterDays: null, opensAt: new Date(opensAt.getTime()) };
  }
  return { ok: true, opensAfterDays: null, opensAt: null };
}
