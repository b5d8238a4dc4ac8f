import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowDown, ArrowUp, Eye, Trash2 } from "lucide-react";
import { Notice } from "@/app/_ui/notice";
import { requireAdmin } from "@/app/_auth/guards";
import { formatFaq, formatPriceInput } from "@/lib/course/authoring/forms";
import { formatRunningTime } from "@/lib/platform/text/price-and-duration";
import { services } from "@/lib/composition/web";
import { addLesson, addModule, deleteModule, moveLesson, moveModule, saveModule } from "../actions";
import { CourseForm } from "./course-form";
import { adminTitle } from "@/app/admin/admin-title";

export const generateMetadata = adminTitle("Edit course");

const iconButton = "inline-flex size-11 items-center justify-center rounded-full border border-line hover:bg-sand disabled:opacity-40";
const input = "block w-full rounded-xl border border-line bg-surface px-3 py-2";

/** The calendar day of a moment in a zone, as a date field wants it (2027-01-12). */
const dayIn = (moment: Date, timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(moment);

export default async function CourseEditorPage({ params, searchParams }: PageProps<"/admin/courses/[id]">) {
  await requireAdmin();
  const { id } = await params;
  const { error, saved } = await searchParams;
  const data = await (await services()).courseAdmin.loadForEditing(id);
  if (!data) notFound();
  const { course, modules } = data;
  const coachZone = (await (await services()).site.profile())?.timezone ?? "UTC";

  return (
    <>
      <p>
        <Link href="/admin/courses" className="text-ink-muted underline underline-offset-4">← Courses</Link>
      </p>
      <h1 className="mt-2 text-4xl">{course.title}</h1>
      <p className="mt-2 flex flex-wrap gap-4">
        {course.status === "published" ? (
          <Link href={`/courses/${course.slug}`} className="underline underline-offset-4">View sales page</Link>
        ) : (
          <span className="text-ink-muted">The sales page goes live when you publish the course</span>
        )}
        <Link href={`/admin/courses/${course.id}/learners`} className="underline underline-offset-4">Learners and access</Link>
      </p>
      {typeof error === "string" ? <div className="mt-4"><Notice tone="error" live>{error.slice(0, 300)}</Notice></div> : null}
      {saved === "created" ? (
        <div className="mt-4">
          <Notice tone="success" live>
            Course created as a draft. Write its sales page below, then add its parts and lessons; publish it when it is ready.
          </Notice>
        </div>
      ) : null}

      <section aria-labelledby="details-heading" className="mt-8 rounded-3xl border border-line bg-surface p-6">
        <h2 id="details-heading" className="mb-4 text-2xl">Sales page and price</h2>
        <CourseForm
          values={{
            courseId: course.id,
            title: course.title,
            slug: course.slug,
            subtitle: course.subtitle,
            description: course.description,
            audience: course.audience,
            notFor: course.notFor,
            faq: formatFaq(course.faq),
            price: formatPriceInput(course.priceAmount),
            instalmentCount: course.instalmentCount ? String(course.instalmentCount) : "",
            instalmentPrice: course.instalmentAmount ? formatPriceInput(course.instalmentAmount) : "",
            currency: course.currency,
            status: course.status,
          }}
        />
      </section>

      <section aria-labelledby="outline-heading" id="outline" className="mt-10">
        <h2 id="outline-heading" className="text-2xl">Parts and lessons</h2>
        <p className="mt-1 text-ink-muted">New lessons start as drafts. Learners only see published lessons; you can preview every lesson.</p>
        <ol className="mt-4 space-y-6">
          {modules.map((module, moduleIndex) => (
            <li key={module.id} id={`part-${module.id}`} className="scroll-mt-24 rounded-3xl border border-line bg-surface p-5">
              {saved === module.id ? (
                <div className="mb-3">
                  <Notice tone="success" live>
                    Part {moduleIndex + 1} saved.
                  </Notice>
                </div>
              ) : null}
              <div className="flex flex-wrap items-end gap-3">
                <form action={saveModule} className="grid flex-1 gap-2 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
                  <input type="hidden" name="courseId" value={course.id} />
                  <input type="hidden" name="moduleId" value={module.id} />
                  <label className="block text-sm font-semibold">
                    Part {moduleIndex + 1} title
                    <input name="title" defaultValue={module.title} required className={`mt-1 ${input}`} />
                  </label>
                  <label className="block text-sm font-semibold">
                    Summary
                    <input name="summary" defaultValue={module.summary} className={`mt-1 ${input}`} />
                  </label>
                  <button type="submit" className="min-h-11 rounded-full border border-moss/60 px-4 font-semibold hover:bg-sand">Save part</button>
                  <fieldset className="flex flex-wrap items-end gap-3 sm:col-span-3">
                    <legend className="text-sm font-semibold">When it opens (leave both empty: at once)</legend>
                    <label className="block text-sm">
                      Days after a learner joins
                      <input name="opensAfterDays" inputMode="numeric" defaultValue={module.opensAfterDays ?? ""} className={`mt-1 w-28 ${input}`} />
                    </label>
                    <span className="pb-3 text-sm text-ink-muted">or</span>
                    <label className="block text-sm">
                      On this day (your time zone)
                      <input name="opensOn" type="date" defaultValue={module.opensAt ? dayIn(module.opensAt, coachZone) : ""} className={`mt-1 ${input}`} />
                    </label>
                  </fieldset>
                </form>
                <div className="flex gap-2">
                  {(["up", "down"] as const).map((direction) => (
                    <form key={direction} action={moveModule}>
                      <input type="hidden" name="courseId" value={course.id} />
                      <input type="hidden" name="moduleId" value={module.id} />
                      <input type="hidden" name="direction" value={direction} />
                      <button type="submit" className={iconButton} disabled={direction === "up" ? moduleIndex === 0 : moduleIndex === modules.length - 1}>
                        {direction === "up" ? <ArrowUp aria-hidden="true" className="size-4" /> : <ArrowDown aria-hidden="true" className="size-4" />}
                        <span className="sr-only">Move part “{module.title}” {direction}</span>
                      </button>
                    </form>
                  ))}
                  {module.lessons.length === 0 ? (
                    <form action={deleteModule}>
                      <input type="hidden" name="courseId" value={course.id} />
                      <input type="hidden" name="moduleId" value={module.id} />
                      <button type="submit" className={iconButton}>
                        <Trash2 aria-hidden="true" className="size-4" />
                        <span className="sr-only">Delete empty part “{module.title}”</span>
                      </button>
                    </form>
                  ) : null}
                </div>
              </div>

              <ol className="mt-4 divide-y divide-line">
                {module.lessons.map((lesson, lessonIndex) => (
                  <li key={lesson.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                    <div>
                      <Link href={`/admin/courses/${course.id}/lessons/${lesson.id}`} className="font-semibold underline underline-offset-4">
                        {lesson.title}
                      </Link>
                      <p className="text-sm text-ink-muted">
                        {lesson.status === "published" ? "Published" : "Draft"}
                        {lesson.isPreview ? " · free preview" : ""} · {formatRunningTime(lesson.durationSeconds)}
                      </p>
                    </div>
                    <div className="flex gap-2">
                      <Link href={`/learn/${course.slug}/${lesson.slug}`} className={iconButton}>
                        <Eye aria-hidden="true" className="size-4" />
                        <span className="sr-only">Preview “{lesson.title}”</span>
                      </Link>
                      {(["up", "down"] as const).map((direction) => (
                        <form key={direction} action={moveLesson}>
                          <input type="hidden" name="courseId" value={course.id} />
                          <input type="hidden" name="lessonId" value={lesson.id} />
                          <input type="hidden" name="direction" value={direction} />
                          <button type="submit" className={iconButton} disabled={direction === "up" ? lessonIndex === 0 : lessonIndex === module.lessons.length - 1}>
                            {direction === "up" ? <ArrowUp aria-hidden="true" className="size-4" /> : <ArrowDown aria-hidden="true" className="size-4" />}
                            <span className="sr-only">Move “{lesson.title}” {direction}</span>
                          </button>
                        </form>
                      ))}
                    </div>
                  </li>
                ))}
              </ol>
              <form action={addLesson} className="mt-3 flex flex-wrap items-end gap-2">
                <input type="hidden" name="courseId" value={course.id} />
                <input type="hidden" name="moduleId" value={module.id} />
                <label className="block flex-1 text-sm font-semibold">
                  New lesson in this part
                  <input name="title" required placeholder="Lesson title" className={`mt-1 ${input}`} />
                </label>
                <button type="submit" className="min-h-11 rounded-full bg-moss px-4 font-semibold text-on-moss hover:bg-moss-strong">Add lesson</button>
              </form>
            </li>
          ))}
        </ol>
        <form action={addModule} className="mt-6 flex flex-wrap items-end gap-2 rounded-3xl border border-dashed border-line p-5">
          <input type="hidden" name="courseId" value={course.id} />
          <label className="block flex-1 font-semibold">
            New part
            <input name="title" required placeholder="Title of the part" className={`mt-1 ${input}`} />
          </label>
          <button type="submit" className="min-h-11 rounded-full border border-moss/60 px-4 font-semibold hover:bg-sand">Add part</button>
        </form>
      </section>
    </>
  );
}
