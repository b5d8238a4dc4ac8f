import type { MetadataRoute } from "next";
import { env } from "@/lib/platform/env";
import { getCourseSummaries } from "@/lib/composition/public-reads";
import { getRoutineCards } from "@/lib/composition/public-reads";

// Built per request from the cached routine and course lists: the build has no database.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = env().APP_URL;
  const [routines, courses] = await Promise.all([getRoutineCards(), getCourseSummaries()]);
  return [
    { url: `${base}/`, changeFrequency: "weekly", priority: 1 },
    { url: `${base}/routines`, changeFrequency: "weekly", priority: 0.9 },
    ...routines.map((routine) => ({
      url: `${base}/routines/${routine.slug}`,
      lastModified: routine.publishedAt,
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
    { url: `${base}/courses`, changeFrequency: "monthly", priority: 0.8 },
    ...courses.map((course) => ({ url: `${base}/courses/${course.slug}`, changeFrequency: "monthly" as const, priority: 0.8 })),
  ];
}
