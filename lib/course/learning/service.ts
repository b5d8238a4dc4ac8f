import type { Database } from "@/db/connect";
import { findEnrollment } from "@/lib/payments/public";
import { canActAsLearner, decideLessonAccess, type LessonAccess } from "../access";
import {
  acknowledgeSafety,
  completedLessonIds,
  listActiveEnrollments,
  loadCourseOutline,
  loadLessonContent,
  recordLessonVisit,
  setLessonComplete,
} from "./queries";
import { lockedUntil } from "../drip/rules";
import { answersFor, lessonReflectionSetup, reflectionsOfUser, writeReflection } from "./reflection-queries";
import { MAX_ANSWER_LENGTH, unanswered } from "./reflection-rules";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "@/lib/platform/validation/text";
import { computeProgress, continueLesson, flattenLessons, neighbours, type OutlineModule } from "./progress";

export interface Viewer {
  id: string;
  role: "member" | "admin";
}

export type ActionResult = { ok: true } | { ok: false; error: string };

/**
 * The learning area's rules over the database. Every page and action goes through `lesson()` or
 * `requireLearner()`; lesson content is only read once access is "open", so nothing leaks from a
 * page that decided to show a gate instead.
 */
export function createLearningService(deps: { db: Database; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  async function outlineFor(courseSlug: string, viewer: Viewer | null) {
    return loadCourseOutline(db, courseSlug, { includeDrafts: viewer?.role === "admin" });
  }

  /** When each part opens for this viewer (null: open now), by part id. */
  function partLocks(modules: OutlineModule[], enrollment: { grantedAt: Date; revokedAt: Date | null } | null, viewer: Viewer | null) {
    const access = enrollment && canActAsLearner(enrollment) ? enrollment : null;
    const at = now();
    return new Map(modules.map((module) => [module.id, lockedUntil(module, access, at, { isAdmin: viewer?.role === "admin" })]));
  }

  async function lesson(viewer: Viewer | null, courseSlug: string, lessonSlug: string) {
    const outline = await outlineFor(courseSlug, viewer);
    const item = outline ? flattenLessons(outline.modules).find((candidate) => candidate.slug === lessonSlug) : undefined;
    if (!outline || !item) return { kind: "not-found" as const };
    const enrollment = viewer ? await findEnrollment(db, viewer.id, outline.course.id) : null;
    const locks = partLocks(outline.modules, enrollment, viewer);
    const moduleId = outline.modules.find((module) => module.lessons.some((candidate) => candidate.id === item.id))!.id;
    const access: LessonAccess = decideLessonAccess({
      lesson: item,
      viewer: { signedIn: viewer !== null, isAdmin: viewer?.role === "admin" },
      enrollment,
      lockedUntil: locks.get(moduleId) ?? null,
    });
    const completed = viewer ? await completedLessonIds(db, viewer.id, flattenLessons(outline.modules).map((entry) => entry.id)) : new Set<string>();
    const base = {
      course: outline.course,
      modules: outline.modules,
      lesson: item,
      access,
      learner: canActAsLearner(enrollment),
      /** Why access was withdrawn, when it was (a refund, an unpaid instalment, the coach). */
      revokedReason: enrollment?.revokedAt ? enrollment.revokedReason : null,
      completed,
      progress: computeProgress(outline.modules, completed),
      /** When a part still held back opens for this learner, by part id. */
      locks,
      ...neighbours(outline.modules, lessonSlug),
    };
    if (access !== "open") return { kind: "gate" as const, ...base };
    const content = await loadLessonContent(db, item.id);
    if (enrollment && canActAsLearner(enrollment)) await recordLessonVisit(db, enrollment.id, item.id, now());
    // Reflections are the learner's own: only a learner is shown the prompts, with their answers.
    const setup = viewer && canActAsLearner(enrollment) ? await lessonReflectionSetup(db, item.id) : null;
    const reflection =
      setup && setup.prompts.length > 0 ? { prompts: setup.prompts, required: setup.required, answers: Object.fromEntries(await answersFor(db, viewer!.id, item.id)) } : null;
    return { kind: "lesson" as const, ...base, content: content!, reflection };
  }

  /** For actions: the lesson must be open to this viewer and the viewer must be an active learner. */
  async function requireLearner(viewer: Viewer | null, courseSlug: string, lessonSlug: string) {
    if (!viewer) return { ok: false as const, error: "Sign in to keep track of your progress." };
    const result = await lesson(viewer, courseSlug, lessonSlug);
    if (result.kind === "not-found") return { ok: false as const, error: "That lesson does not exist." };
    if (result.access !== "open" || !result.learner) return { ok: false as const, error: "This lesson is not open to you." };
    return { ok: true as const, lessonId: result.lesson.id };
  }

  return {
    lesson,

    /**
     * Complete (or undo). The reflection boxes are part of the completing form, so answers typed a
     * moment ago are saved with it; a lesson whose reflection is required waits for every answer.
     */
    async setComplete(viewer: Viewer | null, courseSlug: string, lessonSlug: string, done: boolean, answers: Record<string, string> = {}): Promise<ActionResult> {
      const allowed = await requireLearner(viewer, courseSlug, lessonSlug);
      if (!allowed.ok) return allowed;
      const at = now();
      return db.transaction(async (tx): Promise<ActionResult> => {
        const setup = await lessonReflectionSetup(tx, allowed.lessonId);
        for (const prompt of setup.prompts) {
          const answer = answers[prompt.id];
          if (answer !== undefined && hasControlCharacters(answer, { multiline: true })) return { ok: false, error: CONTROL_CHARACTER_MESSAGE };
          if (answer !== undefined) await writeReflection(tx, { userId: viewer!.id, lessonId: allowed.lessonId, promptId: prompt.id, prompt: prompt.text, answer: answer.slice(0, MAX_ANSWER_LENGTH), now: at });
        }
        if (done && setup.required) {
          const missing = unanswered(setup.prompts, await answersFor(tx, viewer!.id, allowed.lessonId));
          if (missing.length > 0) {
            return { ok: false, error: missing.length === 1 && setup.prompts.length > 1 ? `Answer "${missing[0]!.text}" before you continue. Only you can read it.` : "Answer the reflection above before you continue. Only you can read it." };
          }
        }
        await setLessonComplete(tx, viewer!.id, allowed.lessonId, done, at);
        return { ok: true };
      });
    },

    /** Autosave of one reflection answer, as the learner types. */
    async saveReflection(viewer: Viewer | null, courseSlug: string, lessonSlug: string, promptId: string, answer: string): Promise<ActionResult> {
      if (answer.length > MAX_ANSWER_LENGTH) return { ok: false, error: `Keep an answer under ${MAX_ANSWER_LENGTH.toLocaleString("en")} characters.` };
      // PostgreSQL cannot store a NUL; other controls have no place in prose either.
      if (hasControlCharacters(answer, { multiline: true })) return { ok: false, error: CONTROL_CHARACTER_MESSAGE };
      const allowed = await requireLearner(viewer, courseSlug, lessonSlug);
      if (!allowed.ok) return allowed;
      const setup = await lessonReflectionSetup(db, allowed.lessonId);
      const prompt = setup.prompts.find((candidate) => candidate.id === promptId);
      if (!prompt) return { ok: false, error: "This question is no longer on the lesson; reload the page to see the current ones." };
      await writeReflection(db, { userId: viewer!.id, lessonId: allowed.lessonId, promptId, prompt: prompt.text, answer, now: now() });
      return { ok: true };
    },

    /** Everything the learner has written, for their account page. */
    myReflections: (viewer: Viewer) => reflectionsOfUser(db, viewer.id),

    async acknowledgeSafety(viewer: Viewer | null, courseSlug: string): Promise<ActionResult> {
      if (!viewer) return { ok: false, error: "Sign in first." };
      const outline = await outlineFor(courseSlug, viewer);
      if (!outline) return { ok: false, error: "That course does not exist." };
      const enrollment = await findEnrollment(db, viewer.id, outline.course.id);
      if (!canActAsLearner(enrollment)) return { ok: false, error: "This course is not open to you." };
      await acknowledgeSafety(db, enrollment!.id, now());
      return { ok: true };
    },

    /** Where /learn/[course] sends someone: their next lesson, or the sales page. */
    async entryLesson(viewer: Viewer | null, courseSlug: string): Promise<{ lessonSlug: string } | { salesPage: true } | null> {
      const outline = await outlineFor(courseSlug, viewer);
      if (!outline) return null;
      const enrollment = viewer ? await findEnrollment(db, viewer.id, outline.course.id) : null;
      if (!canActAsLearner(enrollment) && viewer?.role !== "admin") return { salesPage: true };
      const lessons = flattenLessons(outline.modules);
      const completed = viewer ? await completedLessonIds(db, viewer.id, lessons.map((entry) => entry.id)) : new Set<string>();
      // Never "continue" into a part that has not opened yet.
      const locks = partLocks(outline.modules, enrollment, viewer);
      const next = continueLesson(outline.modules.filter((module) => !locks.get(module.id)), completed, enrollment?.lastLessonId ?? null);
      return next ? { lessonSlug: next.slug } : null;
    },

    /** The viewer's open courses, title and slug only: cheap enough for the header of every page. */
    async enrolledCourses(viewer: Viewer) {
      return (await listActiveEnrollments(db, viewer.id)).map((row) => ({ slug: row.slug, title: row.title }));
    },

    /** The viewer's courses with progress and where to continue, for /account and the course page. */
    async myCourses(viewer: Viewer) {
      const rows = await listActiveEnrollments(db, viewer.id);
      return Promise.all(
        rows.map(async (row) => {
          const outline = (await loadCourseOutline(db, row.slug))!;
          const lessons = flattenLessons(outline.modules);
          const completed = await completedLessonIds(db, viewer.id, lessons.map((entry) => entry.id));
          const locks = partLocks(outline.modules, row.enrollment, viewer);
          const next = continueLesson(outline.modules.filter((module) => !locks.get(module.id)), completed, row.enrollment.lastLessonId);
          const progress = computeProgress(outline.modules, completed);
          return {
            slug: row.slug,
            title: row.title,
            progress,
            // Every lesson done: the certificate is what they come back for, not the last lesson.
            finished: progress.total > 0 && progress.done >= progress.total,
            certificateHref: `/learn/${row.slug}/finished`,
            continueHref: next ? `/learn/${row.slug}/${next.slug}` : `/learn/${row.slug}`,
            continueTitle: next?.title ?? null,
            started: row.enrollment.lastLessonId !== null,
          };
        }),
      );
    },
  };
}

export type LearningService = ReturnType<typeof createLearningService>;
