import "server-only";
import { unstable_cache } from "next/cache";
import type { Executor } from "@/db/connect";
import { cacheTags, PUBLIC_REVALIDATE_SECONDS } from "@/lib/platform/cache/tags";
import { findPublishedRoutineBySlug, listPublishedRoutinesWithSteps } from "./queries";
import { isVideoKey } from "@/lib/platform/storage/storage";
import { totalSeconds } from "./rules";
import type { BodyArea, Difficulty, Equipment, Side } from "./taxonomy";

export interface RoutineCard {
  slug: string;
  /** ISO time of first publication; newest first in lists and feeds. */
  publishedAt: string;
  title: string;
  summary: string;
  bodyAreas: BodyArea[];
  equipment: Equipment[];
  difficulty: Difficulty;
  totalSeconds: number;
  stepCount: number;
  /** The cover picture; `alt` may be empty for pictures uploaded before descriptions were asked for. */
  image: PublicPicture | null;
}

export interface PublicPicture {
  url: string;
  alt: string;
  kind: "image" | "video";
}

const picture = (key: string | null, alt: string | null): PublicPicture | null =>
  key ? { url: `/uploads/${key}`, alt: alt ?? "", kind: isVideoKey(key) ? "video" : "image" } : null;

type RoutineWithSteps = NonNullable<Awaited<ReturnType<typeof findPublishedRoutineBySlug>>>;

/** Plain, JSON-safe card data: cached values are serialised, so no Date objects. */
function toCard(row: RoutineWithSteps): RoutineCard {
  return {
    slug: row.slug,
    publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
    title: row.title,
    summary: row.summary,
    bodyAreas: row.bodyAreas as BodyArea[],
    equipment: row.equipment as Equipment[],
    difficulty: row.difficulty,
    totalSeconds: totalSeconds(row.steps),
    stepCount: row.steps.length,
    image: picture(row.imageKey, row.imageAlt),
  };
}


export interface PublicRoutineStep {
  instruction: string;
  durationSeconds: number | null;
  repetitions: number | null;
  side: Side;
  spokenCue: string | null;
  media: PublicPicture | null;
}

export interface PublicRoutine extends RoutineCard {
  whyItWorks: string;
  cautions: string;
  publishedAt: string;
  updatedAt: string;
  steps: PublicRoutineStep[];
}

/** Routines' cached public reads, over the database the composition root hands in. */
export function createRoutineReads(db: () => Executor) {
  /** Every published routine as a card; cached until a routine is edited or published. */
  const getRoutineCards = unstable_cache(
    async (): Promise<RoutineCard[]> => (await listPublishedRoutinesWithSteps(db())).map(toCard),
    ["public-routine-cards"],
    { tags: [cacheTags.routines], revalidate: PUBLIC_REVALIDATE_SECONDS },
  );

  /** One published routine with its steps, or null (drafts are never public). */
  async function getPublishedRoutine(slug: string): Promise<PublicRoutine | null> {
    return unstable_cache(
      async (): Promise<PublicRoutine | null> => {
        const row = await findPublishedRoutineBySlug(db(), slug);
        if (!row) return null;
        return {
          ...toCard(row),
          whyItWorks: row.whyItWorks,
          cautions: row.cautions,
          updatedAt: row.updatedAt.toISOString(),
          steps: row.steps.map(({ instruction, durationSeconds, repetitions, side, spokenCue, mediaKey, mediaAlt }) => ({
            instruction,
            durationSeconds,
            repetitions,
            side,
            spokenCue,
            media: picture(mediaKey, mediaAlt),
          })),
        };
      },
      ["public-routine", slug],
      { tags: [cacheTags.routines, cacheTags.routine(slug)], revalidate: PUBLIC_REVALIDATE_SECONDS },
    )();
  }

  return { getRoutineCards, getPublishedRoutine };
}
