"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { courseFormSchema, lessonFormSchema, newCourseSchema } from "@/lib/course/authoring/schema";
import type { EditResult } from "@/lib/course/authoring/service";
import { commandAction, formAction, formValues, type FormState } from "@/lib/platform/forms/action";
import { refreshPublicCourses } from "./refresh";

const id = z.uuid();
const direction = z.enum(["up", "down"]);

function settle(result: EditResult, values: Record<string, string>): FormState {
  if (!result.ok) return { values, errors: result.errors };
  refreshPublicCourses(result.slugs);
  return { values, savedAt: new Date().toISOString() };
}

/** For the small buttons (move, delete, add) that post and come back to the editor. */
/** Back to the course editor; `saved` names the part whose Save worked, so the page can say so beside it. */
function back(courseId: string, result: EditResult, hash = "", saved?: string): never {
  if (result.ok) refreshPublicCourses(result.slugs);
  const query = result.ok ? (saved ? `?saved=${encodeURIComponent(saved)}` : "") : `?error=${encodeURIComponent(Object.values(result.errors)[0] ?? "That did not work.")}`;
  redirect(`/admin/courses/${courseId}${query}${hash}`);
}

const courseAdmin = async () => (await services()).courseAdmin;

/** A new draft course, then straight into its editor to write the rest. */
export const createCourse = formAction({
  guard: requireAdmin,
  schema: newCourseSchema,
  async run(course, { values }) {
    const result = await (await courseAdmin()).createCourse(course);
    if (!result.ok) return { values, errors: result.errors };
    redirect(`/admin/courses/${result.id}?saved=created`);
  },
});

export const saveCourse = formAction({
  guard: requireAdmin,
  schema: courseFormSchema.extend({ courseId: id }),
  async run({ courseId, ...course }, { values }) {
    return settle(await (await courseAdmin()).updateCourse(courseId, course), values);
  },
});

export const saveLesson = formAction({
  guard: requireAdmin,
  schema: lessonFormSchema.extend({ lessonId: id }),
  read: (form) => ({ ...formValues(form), isPreview: form.get("isPreview") === "on", reflectionRequired: form.get("reflectionRequired") === "on" }),
  async run({ lessonId, ...lesson }, { values }) {
    return settle(await (await courseAdmin()).updateLesson(lessonId, lesson), values);
  },
});

const inCourse = <T extends z.ZodRawShape>(shape: T) => z.object({ courseId: id, ...shape });

export const addModule = commandAction({
  guard: requireAdmin,
  schema: inCourse({ title: z.string().max(500) }),
  async run({ courseId, title }) {
    back(courseId, await (await courseAdmin()).addModule(courseId, title), "#outline");
  },
});

export const saveModule = commandAction({
  guard: requireAdmin,
  schema: inCourse({
    moduleId: id,
    title: z.string().max(500),
    summary: z.string().max(5000).default(""),
    opensAfterDays: z.string().max(10).default(""),
    opensOn: z.string().max(20).default(""),
  }),
  async run({ courseId, moduleId, title, summary, opensAfterDays, opensOn }) {
    const timeZone = (await (await services()).site.profile())?.timezone ?? "UTC";
    back(courseId, await (await courseAdmin()).updateModule(moduleId, { title, summary, opensAfterDays, opensOn, timeZone }), `#part-${moduleId}`, moduleId);
  },
});

export const moveModule = commandAction({
  guard: requireAdmin,
  schema: inCourse({ moduleId: id, direction }),
  async run({ courseId, moduleId, direction: to }) {
    back(courseId, await (await courseAdmin()).moveModule(moduleId, to), "#outline");
  },
});

export const deleteModule = commandAction({
  guard: requireAdmin,
  schema: inCourse({ moduleId: id }),
  async run({ courseId, moduleId }) {
    back(courseId, await (await courseAdmin()).deleteModule(moduleId), "#outline");
  },
});

export const addLesson = commandAction({
  guard: requireAdmin,
  schema: inCourse({ moduleId: id, title: z.string().max(500) }),
  async run({ courseId, moduleId, title }) {
    const result = await (await courseAdmin()).addLesson(moduleId, title);
    if (!result.ok) back(courseId, result);
    refreshPublicCourses(result.slugs);
    redirect(`/admin/courses/${courseId}/lessons/${result.lessonId}`);
  },
});

export const moveLesson = commandAction({
  guard: requireAdmin,
  schema: inCourse({ lessonId: id, direction }),
  async run({ courseId, lessonId, direction: to }) {
    back(courseId, await (await courseAdmin()).moveLesson(lessonId, to), "#outline");
  },
});

export const deleteLesson = commandAction({
  guard: requireAdmin,
  schema: inCourse({ lessonId: id }),
  async run({ courseId, lessonId }) {
    back(courseId, await (await courseAdmin()).deleteLesson(lessonId), "#outline");
  },
});

export const grantAccess = commandAction({
  guard: requireAdmin,
  schema: inCourse({ email: z.string().max(320) }),
  async run({ courseId, email }) {
    const result = await (await courseAdmin()).grantAccess(courseId, email);
    const query = result.ok ? "?granted=1" : `?error=${encodeURIComponent(Object.values(result.errors)[0]!)}`;
    redirect(`/admin/courses/${courseId}/learners${query}`);
  },
});

export const revokeAccess = commandAction({
  guard: requireAdmin,
  schema: inCourse({ enrollmentId: id }),
  async run({ courseId, enrollmentId }) {
    await (await courseAdmin()).revokeAccess(enrollmentId);
    redirect(`/admin/courses/${courseId}/learners?revoked=1`);
  },
});
