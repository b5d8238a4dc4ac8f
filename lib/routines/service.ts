import { eq, like } from "drizzle-orm";
import type { Database, Executor } from "@/db/connect";
import { routineSteps, routines } from "@/db/schema";
import { findRoutineWithSteps } from "./queries";
import type { RoutineInput } from "./schema";
import { copySlug } from "./slug";
import type { PublicationStatus } from "./taxonomy";
import { isUniqueViolation } from "@/db/errors";

export type RoutineFieldErrors = Record<string, string>;
export type SaveRoutineResult = { ok: true; id: string; slug: string; previousSlug?: string } | { ok: false; errors: RoutineFieldErrors };

const isSlugConflict = (error: unknown) => isUniqueViolation(error, "routines_slug_unique");

const SLUG_TAKEN: RoutineFieldErrors = { slug: "Another routine already uses this address. Choose a different slug." };

async function replaceSteps(tx: Executor, routineId: string, steps: RoutineInput["steps"]) {
  await tx.delete(routineSteps).where(eq(routineSteps.routineId, routineId));
  await tx.insert(routineSteps).values(steps.map((step, position) => ({ ...step, routineId, position })));
}

/**
 * The coach's routine editor. Every change of a routine and its steps happens in one transaction;
 * a duplicate slug comes back as a field error and nothing is written.
 */
export function createRoutineService(db: Database, now: () => Date = () => new Date()) {
  return {
    async create(input: RoutineInput, imageKey: string | null = null): Promise<SaveRoutineResult> {
      const { steps, ...fields } = input;
      try {
        return await db.transaction(async (tx) => {
          const [row] = await tx
            .insert(routines)
            .values({ ...fields, imageKey, publishedAt: fields.status === "published" ? now() : null })
            .returning({ id: routines.id, slug: routines.slug });
          await replaceSteps(tx, row!.id, steps);
          return { ok: true as const, id: row!.id, slug: row!.slug };
        });
      } catch (error) {
        if (isSlugConflict(error)) return { ok: false, errors: SLUG_TAKEN };
        throw error;
      }
    },

    async update(id: string, input: RoutineInput, imageKey?: string | null): Promise<SaveRoutineResult | null> {
      const { steps, ...fields } = input;
      try {
        return await db.transaction(async (tx) => {
          const existing = await findRoutineWithSteps(tx, id);
          if (!existing) return null;
          const publishedAt = fields.status === "published" ? (existing.publishedAt ?? now()) : existing.publishedAt;
          await tx
            .update(routines)
            .set({ ...fields, publishedAt, ...(imageKey !== undefined ? { imageKey } : {}) })
            .where(eq(routines.id, id));
          await replaceSteps(tx, id, steps);
          return { ok: true as const, id, slug: fields.slug, previousSlug: existing.slug };
        });
      } catch (error) {
        if (isSlugConflict(error)) return { ok: false, errors: SLUG_TAKEN };
        throw error;
      }
    },

    async setStatus(id: string, status: PublicationStatus) {
      return db.transaction(async (tx) => {
        const existing = await findRoutineWithSteps(tx, id);
        if (!existing) return null;
        const publishedAt = status === "published" ? (existing.publishedAt ?? now()) : existing.publishedAt;
        await tx.update(routines).set({ status, publishedAt }).where(eq(routines.id, id));
        return { slug: existing.slug };
      });
    },

    /** A draft copy with a free "-copy" slug, so the coach can vary a routine safely. */
    async duplicate(id: string) {
      return db.transaction(async (tx) => {
        const existing = await findRoutineWithSteps(tx, id);
        if (!existing) return null;
        const taken = new Set(
          (await tx.select({ slug: routines.slug }).from(routines).where(like(routines.slug, `${existing.slug.slice(0, 70)}-copy%`))).map(
            (row) => row.slug,
          ),
        );
        const slug = copySlug(existing.slug, (candidate) => taken.has(candidate));
        const [row] = await tx
          .insert(routines)
          .values({
            slug,
            title: `${existing.title} (copy)`,
            summary: existing.summary,
            bodyAreas: existing.bodyAreas,
            equipment: existing.equipment,
            difficulty: existing.difficulty,
            whyItWorks: existing.whyItWorks,
            cautions: existing.cautions,
            imageKey: existing.imageKey,
            status: "draft",
          })
          .returning({ id: routines.id, slug: routines.slug });
        await tx.insert(routineSteps).values(
          existing.steps.map(({ instruction, durationSeconds, repetitions, side, position }) => ({
            routineId: row!.id,
            instruction,
            durationSeconds,
            repetitions,
            side,
            position,
          })),
        );
        return row!;
      });
    },

    async remove(id: string) {
      const [row] = await db.delete(routines).where(eq(routines.id, id)).returning({ slug: routines.slug, imageKey: routines.imageKey });
      return row ?? null;
    },
  };
}

export type RoutineService = ReturnType<typeof createRoutineService>;
