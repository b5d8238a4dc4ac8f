import "server-only";
import { unstable_cache } from "next/cache";
import type { Executor } from "@/db/connect";
import { cacheTags, PUBLIC_REVALIDATE_SECONDS } from "@/lib/platform/cache/tags";
import { loadCourseOutline } from "./learning/queries";
import { listPublishedCourseSummaries } from "./queries";

export interface CourseSummary {
  slug: string;
  title: string;
  subtitle: string;
  priceAmount: number;
  currency: string;
  lessonCount: number;
  moduleCount: number;
  totalSeconds: number;
}

/** The course's cached public reads, over the database the composition root hands in. */
export function createCourseReads(db: () => Executor) {
  const getCourseSummaries = unstable_cache(
    async (): Promise<CourseSummary[]> => {
      const rows = await listPublishedCourseSummaries(db());
      return rows.map((row) => ({ ...row, totalSeconds: row.totalSeconds ?? 0 }));
    },
    ["public-course-summaries"],
    { tags: [cacheTags.courses], revalidate: PUBLIC_REVALIDATE_SECONDS },
  );

  /** Everything the public sales page shows, cached until the coach edits the course. */
  const getCourseSalesPage = (slug: string) =>
    unstable_cache(
      async () => {
        const outline = await loadCourseOutline(db(), slug);
        if (!outline) return null;
        const { course, modules } = outline;
        return {
          id: course.id,
          slug: course.slug,
          title: course.title,
          subtitle: course.subtitle,
          description: course.description,
          audience: course.audience,
          notFor: course.notFor,
          faq: course.faq,
          priceAmount: course.priceAmount,
          currency: course.currency,
          instalmentCount: course.instalmentCount,
          instalmentAmount: course.instalmentAmount,
          // Cached values are JSON: the drip date goes as text, and the sales page only needs the days.
          modules: modules.map(({ opensAt, ...module }) => ({ ...module, opensOn: opensAt?.toISOString() ?? null })),
          totalSeconds: modules.flatMap((module) => module.lessons).reduce((sum, lesson) => sum + lesson.durationSeconds, 0),
        };
      },
      ["course-sales-page", slug],
      { tags: [cacheTags.courses, cacheTags.course(slug)], revalidate: PUBLIC_REVALIDATE_SECONDS },
    )();

  return { getCourseSummaries, getCourseSalesPage };
}

export type CourseSalesPage = NonNullable<Awaited<ReturnType<ReturnType<typeof createCourseReads>["getCourseSalesPage"]>>>;
