import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { cacheTags } from "@/lib/cache/tags";
import { listPublishedRoutinesWithSteps } from "./queries";
import { totalSeconds } from "./rules";
import type { BodyArea, Difficulty, Equipment } from "./taxonomy";

export interface RoutineCard {
  slug: string;
  title: string;
  summary: string;
  bodyAreas: BodyArea[];
  equipment: Equipment[];
  difficulty: Difficulty;
  totalSeconds: number;
  stepCount: number;
}

/** Every published routine as a card; cached until a routine is edited or published. */
export const getRoutineCards = unstable_cache(
  async (): Promise<RoutineCard[]> => {
    const rows = await listPublishedRoutinesWithSteps(getDb());
    return rows.map((row) => ({
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      bodyAreas: row.bodyAreas as BodyArea[],
      equipment: row.equipment as Equipment[],
      difficulty: row.difficulty,
      totalSeconds: totalSeconds(row.steps),
      stepCount: row.steps.length,
    }));
  },
  ["public-routine-cards"],
  { tags: [cacheTags.routines] },
);
