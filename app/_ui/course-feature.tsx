import { ButtonLink } from "@/app/_ui/button-link";
import type { CourseSummary } from "@/lib/composition/public-reads";
import { formatPrice, formatRunningTime } from "@/lib/platform/text/price-and-duration";

/**
 * A course at a glance: what it is, its price and length, and the way to its page. On the home page
 * and on /courses. No hooks and no server-only imports, so the home page's client view can use it.
 */
export function CourseFeature({ course, headingLevel = 2, headingId }: { course: CourseSummary; headingLevel?: 2 | 3; headingId?: string }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="grid gap-8 rounded-[2rem] border border-line bg-surface p-6 sm:p-12 md:grid-cols-[1.5fr_1fr]">
      <div>
        <p className="inline-block rounded-full bg-clay-soft px-3 py-1 text-sm font-semibold text-clay">Online course</p>
        <Heading id={headingId} className="mt-4 text-3xl sm:text-4xl">
          {course.title}
        </Heading>
        <p className="mt-4 max-w-2xl text-ink-muted">{course.subtitle}</p>
      </div>
      <div className="flex flex-col justify-between gap-6 rounded-3xl bg-linen p-6">
        <dl className="grid grid-cols-2 gap-4">
          <div>
            <dt className="text-sm text-ink-muted">Price</dt>
            <dd className="font-serif text-3xl">{formatPrice(course.priceAmount, course.currency)}</dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">Length</dt>
            <dd className="font-serif text-3xl">{formatRunningTime(course.totalSeconds)}</dd>
          </div>
          <div className="col-span-2 text-sm text-ink-muted">
            <dt className="sr-only">Contents</dt>
            <dd>
              {course.lessonCount} short lessons in {course.moduleCount} parts, at your own pace. 14-day refund if it is not right for you.
            </dd>
          </div>
        </dl>
        <ButtonLink href={`/courses/${course.slug}`}>
          See what you will learn<span className="sr-only"> in {course.title}</span>
        </ButtonLink>
      </div>
    </div>
  );
}
