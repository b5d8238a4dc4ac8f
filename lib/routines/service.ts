import type { Database } from "@/db/connect";
import { isUniqueViolation } from "@/db/errors";
import {
  deleteRoutine,
  findRoutineWithSteps,
  insertRoutine,
  isImageInUse,
  listAllRoutinesForAdmin,
  listPublishedRoutinesWithSteps,
  replaceRoutineSteps,
  slugsLike,
  updateRoutine,
} from "./queries";
import type { RoutineInput } from "./schema";
import { logger } from "@/lib/log";
import type { ImageUpload } from "@/lib/storage/image-upload";
import type { FileStorage } from "@/lib/storage/storage";
import { copySlug } from "@/lib/text/slug";
import type { PublicationStatus } from "./taxonomy";

export type RoutineFieldErrors = Record<string, string>;
export type SaveRoutineResult = { ok: true; id: string; slug: string; previousSlug?: string } | { ok: false; errors: RoutineFieldErrors };

const isSlugConflict = (error: unknown) => isUniqueViolation(error, "routines_slug_unique");

const SLUG_TAKEN: RoutineFieldErrors = { slug: "Another routine already uses this address. Choose a different slug." };

export interface RoutineServiceDependencies {
  db: Database;
  /** Where the routines' pictures are kept. */
  files: FileStorage;
  now?: () => Date;
}

/**
 * The coach's routine editor. Every change of a routine and its steps happens in one transaction;
 * a duplicate slug comes back as a field error and nothing is written. A new picture is stored
 * before the row that points at it and removed again if the save fails; a replaced or deleted
 * picture's bytes go once no routine shows it any more (a duplicate shares its original's).
 */
export function createRoutineService({ db, files, now = () => new Date() }: RoutineServiceDependencies) {
  async function release(imageKey: string | null | undefined) {
    if (!imageKey) return;
    try {
      if (!(await isImageInUse(db, imageKey))) await files.remove(imageKey);
    } catch (error) {
      // The save stands; an orphaned picture only costs space.
      logger.warn({ err: error, imageKey }, "could not remove a picture no routine shows");
    }
  }

  /** Runs a save with the new picture stored first; the picture goes again when the save does not stand. */
  async function withImage<T extends SaveRoutineResult | null>(image: ImageUpload | null | undefined, save: () => Promise<T>): Promise<T> {
    if (image) await files.put(image.key, image.bytes, image.contentType);
    let result: T | undefined;
    try {
      result = await save();
      return result;
    } finally {
      if (image && (!result || !result.ok)) await files.remove(image.key).catch(() => undefined);
    }
  }

  return {
    listForAdmin: () => listAllRoutinesForAdmin(db),
    findForEditing: (id: string) => findRoutineWithSteps(db, id),
    /** Published routines with their steps (for the letter editor's routine cards). */
    listPublished: () => listPublishedRoutinesWithSteps(db),

    async create(input: RoutineInput, image: ImageUpload | null = null): Promise<SaveRoutineResult> {
      const { steps, ...fields } = input;
      return withImage(image, async () => {
        try {
          return await db.transaction(async (tx) => {
            const row = await insertRoutine(tx, { ...fields, imageKey: image?.key ?? null, publishedAt: fields.status === "published" ? now() : null });
            await replaceRoutineSteps(tx, row.id, steps);
            return { ok: true as const, id: row.id, slug: row.slug };
          });
        } catch (error) {
          if (isSlugConflict(error)) return { ok: false as const, errors: SLUG_TAKEN };
          throw error;
        }
      });
    },

    /** Saves the routine; a new picture replaces the old one, no picture keeps it. */
    async update(id: string, input: RoutineInput, image: ImageUpload | null = null): Promise<SaveRoutineResult | null> {
      const { steps, ...fields } = input;
      let replaced: string | null = null;
      const result = await withImage(image, async () => {
        try {
          return await db.transaction(async (tx) => {
            const existing = await findRoutineWithSteps(tx, id);
            if (!existing) return null;
            const publishedAt = fields.status === "published" ? (existing.publishedAt ?? now()) : existing.publishedAt;
            await updateRoutine(tx, id, { ...fields, publishedAt, ...(image ? { imageKey: image.key } : {}) });
            await replaceRoutineSteps(tx, id, steps);
            if (image) replaced = existing.imageKey;
            return { ok: true as const, id, slug: fields.slug, previousSlug: existing.slug };
          });
        } catch (error) {
          if (isSlugConflict(error)) return { ok: false as const, errors: SLUG_TAKEN };
          throw error;
        }
      });
      if (result?.ok) await release(replaced);
      return result;
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
          existing.steps.map(({ instruction, durationSeconds, repetitions, side, spokenCue }) => ({ instruction, durationSeconds, repetitions, side, spokenCue })),
        );
        return row;
      });
    },

    async remove(id: string) {
      const removed = await deleteRoutine(db, id);
      if (removed) await release(removed.imageKey);
      return removed;
    },
  };
}

export type RoutineService = ReturnType<typeof createRoutineService>;
