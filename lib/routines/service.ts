import type { Database } from "@/db/connect";
import { isUniqueViolation } from "@/db/errors";
import {
  deleteRoutine,
  findRoutineWithSteps,
  insertRoutine,
  listAllRoutinesForAdmin,
  listPublishedRoutinesWithSteps,
  replaceRoutineSteps,
  slugsLike,
  updateRoutine,
} from "./queries";
import type { RoutineInput } from "./schema";
import { copySlug } from "@/lib/text/slug";
import type { PublicationStatus } from "./taxonomy";

export type RoutineFieldErrors = Record<string, string>;
export type SaveRoutineResult = { ok: true; id: string; slug: string; previousSlug?: string } | { ok: false; errors: RoutineFieldErrors };

const isSlugConflict = (error: unknown) => isUniqueViolation(error, "routines_slug_unique");

const SLUG_TAKEN: RoutineFieldErrors = { slug: "Another routine already uses this address. Choose a different slug." };

/**
 * The coach's routine editor. Every change of a routine and its steps happens in one transaction;
 * a duplicate slug comes back as a field error and nothing is written.
 */
export function createRoutineService(db: Database, now: () => Date = () => new Date()) {
  return {
    listForAdmin: () => listAllRoutinesForAdmin(db),
    findForEditing: (id: string) => findRoutineWithSteps(db, id),
    /** Published routines with their steps (for the letter editor's routine cards). */
    listPublished: () => listPublishedRoutinesWithSteps(db),

    async create(input: RoutineInput, imageKey: string | null = null): Promise<SaveRoutineResult> {
      const { steps, ...fields } = input;
      try {
        return await db.transaction(async (tx) => {
          const row = await insertRoutine(tx, { ...fields, imageKey, publishedAt: fields.status === "published" ? now() : null });
          await replaceRoutineSteps(tx, row.id, steps);
          return { ok: true as const, id: row.id, slug: row.slug };
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
          await updateRoutine(tx, id, { ...fields, publishedAt, ...(imageKey !== undefined ? { imageKey } : {}) });
          await replaceRoutineSteps(tx, id, steps);
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
        await updateRoutine(tx, id, { status, publishedAt });
        return { slug: existing.slug };
      });
    },

    /** A draft copy with a free "-copy" slug, so the coach can vary a routine safely. */
    async duplicate(id: string) {
      return db.transaction(async (tx) => {
        const existing = await findRoutineWithSteps(tx, id);
        if (!existing) return null;
        const taken = await slugsLike(tx, `${existing.slug.slice(0, 70)}-copy`);
        const row = await insertRoutine(tx, {
          slug: copySlug(existing.slug, (candidate) => taken.has(candidate)),
          title: `${existing.title} (copy)`,
          summary: existing.summary,
          bodyAreas: existing.bodyAreas,
          equipment: existing.equipment,
          difficulty: existing.difficulty,
          whyItWorks: existing.whyItWorks,
          cautions: existing.cautions,
          imageKey: existing.imageKey,
          status: "draft",
        });
        await replaceRoutineSteps(
          tx,
          row.id,
          existing.steps.map(({ instruction, durationSeconds, repetitions, side }) => ({ instruction, durationSeconds, repetitions, side })),
        );
        return row;
      });
    },

    remove: (id: string) => deleteRoutine(db, id),
  };
}

export type RoutineService = ReturnType<typeof createRoutineService>;
