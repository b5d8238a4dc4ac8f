import Link from "next/link";
import { formatPrompts } from "@/lib/course/learning/reflection-rules";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/app/_auth/guards";
import { formatDownloads } from "@/lib/course/authoring/forms";
import { services } from "@/lib/composition/web";
import { deleteLesson } from "../../../actions";
import { LessonForm } from "./lesson-form";
import { adminTitle } from "@/app/admin/admin-title";

export const generateMetadata = adminTitle("Edit lesson");

export default async function LessonEditorPage({ params }: PageProps<"/admin/courses/[id]/lessons/[lessonId]">) {
  await requireAdmin();
  const { id, lessonId } = await params;
  const found = await (await services()).courseAdmin.loadLesson(lessonId);
  if (!found || found.lesson.courseId !== id) notFound();
  const routines = (await (await services()).routines.listPublished()).map((routine) => ({ slug: routine.slug, title: routine.title }));
  const { lesson, courseSlug, courseTitle } = found;

  return (
    <>
      <p>
        <Link href={`/admin/courses/${id}#outline`} className="text-ink-muted underline underline-offset-4">← {courseTitle}</Link>
      </p>
      <h1 className="mt-2 text-4xl">{lesson.title}</h1>
      <p className="mt-2">
        <Link href={`/learn/${courseSlug}/${lesson.slug}`} className="underline underline-offset-4">Preview as a learner sees it</Link>
      </p>
      <div className="mt-8 rounded-3xl border border-line bg-surface p-6">
        <LessonForm
          coursePath={`/learn/${courseSlug}`}
          routines={routines}
          values={{
            lessonId: lesson.id,
            title: lesson.title,
            slug: lesson.slug,
            durationMinutes: Math.max(1, Math.round(lesson.durationSeconds / 60)),
            isPreview: lesson.isPreview,
            status: lesson.status,
            videoUrl: lesson.videoUrl ?? "",
            captionsUrl: lesson.captionsUrl ?? "",
            downloads: formatDownloads(lesson.downloads),
            body: lesson.body,
            reflectionPrompts: formatPrompts(lesson.reflectionPrompts),
            reflectionRequired: lesson.reflectionRequired,
          }}
        />
      </div>
      <details className="mt-8 rounded-3xl border border-danger/40 p-5">
        <summary className="cursor-pointer font-semibold text-danger">Delete this lesson</summary>
        <p className="mt-2 text-ink-muted">Learners lose their progress on it. Unpublishing hides it without losing anything.</p>
        <form action={deleteLesson} className="mt-3">
          <input type="hidden" name="courseId" value={id} />
          <input type="hidden" name="lessonId" value={lesson.id} />
          <button type="submit" className="min-h-11 rounded-full bg-danger px-5 font-semibold text-white">Delete “{lesson.title}” for good</button>
        </form>
      </details>
    </>
  );
}
