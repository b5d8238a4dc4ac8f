import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { getRoutineCards } from "@/lib/routines/cached";

// Built per request from the cached routine list: the build has no database.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = env().APP_URL;
  const routines = await getRoutineCards();
  return [
    { url: `${base}/`, changeFrequency: "weekly", priority: 1 },
    { url: `${base}/routines`, changeFrequency: "weekly", priority: 0.9 },
    ...routines.map((routine) => ({
      url: `${base}/routines/${routine.slug}`,
      lastModified: routine.publishedAt,
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
  ];
}
