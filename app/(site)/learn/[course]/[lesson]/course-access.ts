import "server-only";
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";

/**
 * Every learning page starts here. Unknown lessons are 404; anonymous visitors to a full lesson
 * go to sign in; everyone else gets the lesson, or a gate (buy, revoked, safety note) whose
 * result carries no lesson content at all.
 */
export async function requireCourseAccess(courseSlug: string, lessonSlug: string) {
  const user = await currentUser();
  const result = await (await services()).learning.lesson(user, courseSlug, lessonSlug);
  if (result.kind === "not-found") notFound();
  if (result.kind === "gate" && result.access === "sign-in") {
    redirect(`/sign-in?next=${encodeURIComponent(`/learn/${courseSlug}/${lessonSlug}`)}`);
  }
  return { user, view: result };
}
