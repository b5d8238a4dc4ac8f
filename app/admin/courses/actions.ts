"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/guards";
import type { EditResult } from "@/lib/course/admin-service";
import { getCourseAdminService } from "@/lib/composition/web";
import { refreshPublicCourses } from "./refresh";

export interface EditorState {
  errors?: Record<string, string>;
  savedAt?: string;
}

const id = z.uuid();
const direction = z.enum(["up", "down"]);

function settle(result: EditResult): EditorState {
  if (!result.ok) return { errors: result.errors };
  refreshPublicCourses(result.slugs);
  return { savedAt: new Date().toISOString() };
}

/** For the small buttons (move, delete, add) that post and come back to the editor. */
function back(courseId: string, result: EditResult, hash = ""): never {
  if (result.ok) refreshPublicCourses(result.slugs);
  const problem = result.ok ? "" : `?error=${encodeURIComponent(Object.values(result.errors)[0] ?? "That did not work.")}`;
  redirect(`/admin/courses/${courseId}${problem}${hash}`);
}

export async function saveCourse(_previous: EditorState, formData: FormData): Promise<EditorState> {
  await requireAdmin();
  const courseId = id.safeParse(formData.get("courseId"));
  if (!courseId.success) return { errors: { form: "This course does not exist any more." } };
  return settle(await (await getCourseAdminService()).updateCourse(courseId.data, Object.fromEntries(formData)));
}

export async function saveLesson(_previous: EditorState, formData: FormData): Promise<EditorState> {
  await requireAdmin();
  const lessonId = id.safeParse(formData.get("lessonId"));
  if (!lessonId.success) return { errors: { form: "This lesson does not exist any more." } };
  const form = { ...Object.fromEntries(formData), isPreview: formData.get("isPreview") === "on" };
  return settle(await (await getCourseAdminService()).updateLesson(lessonId.data, form));
}

export async function addModule(formData: FormData) {
  await requireAdmin();
  const courseId = id.parse(formData.get("courseId"));
  back(courseId, await (await getCourseAdminService()).addModule(courseId, String(formData.get("title") ?? "")), "#outline");
}

export async function saveModule(formData: FormData) {
  await requireAdmin();
  const courseId = id.parse(formData.get("courseId"));
  const moduleId = id.parse(formData.get("moduleId"));
  back(courseId, await (await getCourseAdminService()).updateModule(moduleId, { title: String(formData.get("title") ?? ""), summary: String(formData.get("summary") ?? "") }), "#outline");
}

export async function moveModule(formData: FormData) {
  await requireAdmin();
  const courseId = id.parse(formData.get("courseId"));
  back(courseId, await (await getCourseAdminService()).moveModule(id.parse(formData.get("moduleId")), direction.parse(formData.get("direction"))), "#outline");
}

export async function deleteModule(formData: FormData) {
  await requireAdmin();
  const courseId = id.parse(formData.get("courseId"));
  back(courseId, await (await getCourseAdminService()).deleteModule(id.parse(formData.get("moduleId"))), "#outline");
}

export async function addLesson(formData: FormData) {
  await requireAdmin();
  const courseId = id.parse(formData.get("courseId"));
  const result = await (await getCourseAdminService()).addLesson(id.parse(formData.get("moduleId")), String(formData.get("title") ?? ""));
  if (!result.ok) back(courseId, result);
  refreshPublicCourses(result.slugs);
  redirect(`/admin/courses/${courseId}/lessons/${result.lessonId}`);
}

export async function moveLesson(formData: FormData) {
  await requireAdmin();
  const courseId = id.parse(formData.get("courseId"));
  back(courseId, await (await getCourseAdminService()).moveLesson(id.parse(formData.get("lessonId")), direction.parse(formData.get("direction"))), "#outline");
}

export async function deleteLesson(formData: FormData) {
  await requireAdmin();
  const courseId = id.parse(formData.get("courseId"));
  back(courseId, await (await getCourseAdminService()).deleteLesson(id.parse(formData.get("lessonId"))), "#outline");
}

export async function grantAccess(formData: FormData) {
  await requireAdmin();
  const courseId = id.parse(formData.get("courseId"));
  const result = await (await getCourseAdminService()).grantAccess(courseId, String(formData.get("email") ?? ""));
  const query = result.ok ? "?granted=1" : `?error=${encodeURIComponent(Object.values(result.errors)[0]!)}`;
  redirect(`/admin/courses/${courseId}/learners${query}`);
}

export async function revokeAccess(formData: FormData) {
  await requireAdmin();
  const courseId = id.parse(formData.get("courseId"));
  await (await getCourseAdminService()).revokeAccess(id.parse(formData.get("enrollmentId")));
  redirect(`/admin/courses/${courseId}/learners?revoked=1`);
}
