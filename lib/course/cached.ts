import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { cacheTags } from "@/lib/cache/tags";
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

export const getCourseSummaries = unstable_cache(
  async (): Promise<CourseSummary[]> => {
    const rows = await listPublishedCourseSummaries(getDb());
    return rows.map((row) => ({ ...row, totalSeconds: row.totalSeconds ?? 0 }));
  },
  ["public-course-summaries"],
  { tags: [cacheTags.courses] },
);
