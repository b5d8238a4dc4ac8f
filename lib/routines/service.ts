import type { Database } from "@/db/connect";
import { isUniqueViolation } from "@/db/errors";
import {
  deleteRoutine,
  findRoutineWithSteps,
  insertRoutine,
  isFileInUse,
  listAllRoutinesForAdmin,
  listPublishedRoutinesWithSteps,
  replaceRoutineSteps,
  slugsLike,
  updateRoutine,
} from "./queries";
import { ALT_MISSING, type RoutineInput } from "./schema";
import { logger } from "@/lib/platform/log";
import type { ImageUpload } from "@/lib/platform/storage/image-upload";
import type { FileStorage } from "@/lib/platform/storage/storage";
import { copySlug } from "@/lib/platform/text/slug";
import type { PublicationStatus } from "./taxonomy";

export type RoutineFieldErrors = Record<string, string>;
/** A save that worked names the files the routine now shows, so an open editor can show them too. */
export type SaveRoutineResult =
  | { ok: true; id: string; slug: string; previousSlug?: string; imageKey: string | null; stepMediaKeys: (string | null)[] }
  | { ok: false; errors: RoutineFieldErrors };

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
 * picture's bytes go once no routine shows it any more (a duplicate shares its original's). The
 * same holds for each step's picture or video.
 */
export function createRoutineService({ db, files, now = () => new Date() }: RoutineServiceDependencies) {
  async function release(keys: readonly (string | null | undefined)[]) {
    for (const key of new Set(keys)) {
      if (!key) continue;
      try {
        if (!(await isFileInUse(db, key))) await files.remove(key);
      } catch (error) {
        // The save stands; an orphaned file only costs space.
        logger.warn({ err: error, key }, "could not remove a file no routine shows");
      }
    }
  }

  /** Runs a save with the new files stored first; they go again when the save does not stand. */
  async function withFiles<T extends SaveRoutineResult | null>(uploads: readonly (ImageUpload | null | undefined)[], save: () => Promise<T>): Promise<T> {
    const stored = uploads.filter((upload): upload is ImageUpload => Boolean(upload));
    for (const upload of stored) await files.put(upload.key, upload.bytes, upload.contentType);
    let result: T | undefined;
    try {
      result = await save();
      return result;
    } finally {
      if (!result || !result.ok) for (const upload of stored) await files.remove(upload.key).catch(() => undefined);
    }
  }

  return {
    listForAdmin: () => listAllRoutinesForAdmin(db),
    findForEditing: (id: string) => findRoutineWithSteps(db, id),
    /** Published routines with their steps (for the letter editor's routine cards). */
    listPublished: () => listPublishedRoutinesWithSteps(db),

    async create(input: RoutineInput, image: ImageUpload | null = null, stepMedia: readonly (ImageUpload | null)[] = []): Promise<SaveRoutineResult> {
      const { steps, removeImage: _ignored, ...fields } = input;
      const withMedia = placeStepMedia(steps, stepMedia);
      const missing = missingDescriptions(image?.key ?? null, fields.imageAlt, withMedia);
      if (missing) return { ok: false, errors: missing };
      return withFiles([image, ...stepMedia], async () => {
        try {
          return await db.transaction(async (tx) => {
            const row = await insertRoutine(tx, { ...fields, imageKey: image?.key ?? null, publishedAt: fields.status === "published" ? now() : null });
            await replaceRoutineSteps(tx, row.id, withMedia);
            return { ok: true as const, id: row.id, slug: row.slug, imageKey: image?.key ?? null, stepMediaKeys: withMedia.map((step) => step.mediaKey) };
          });
        } catch (error) {
          if (isSlugConflict(error)) return { ok: false as const, errors: SLUG_TAKEN };
          throw error;
        }
      });
    },

    /**
     * Saves the routine: a new cover replaces the old one, `removeImage` takes it away, neither keeps
     * it. Each step keeps its stored picture or video unless a new file replaces it or the editor
     * sends none; files no routine shows any more are deleted after the save.
     */
    async update(id: string, input: RoutineInput, image: ImageUpload | null = null, stepMedia: readonly (ImageUpload | null)[] = []): Promise<SaveRoutineResult | null> {
      const { steps, removeImage, ...fields } = input;
      const withMedia = placeStepMedia(steps, stepMedia);
      let released: (string | null)[] = [];
      const result = await withFiles([image, ...stepMedia], async () => {
        try {
          return await db.transaction(async (tx) => {
            const existing = await findRoutineWithSteps(tx, id, { forUpdate: true });
            if (!existing) return null;
            const imageKey = image ? image.key : removeImage ? null : existing.imageKey;
            const missing = missingDescriptions(imageKey, fields.imageAlt, withMedia);
            if (missing) return { ok: false as const, errors: missing };
            const publishedAt = fields.status === "published" ? (existing.publishedAt ?? now()) : existing.publishedAt;
            await updateRoutine(tx, id, { ...fields, publishedAt, imageKey });
            await replaceRoutineSteps(tx, id, withMedia);
            const kept = new Set(withMedia.map((step) => step.mediaKey));
            released = [existing.imageKey !== imageKey ? existing.imageKey : null, ...existing.steps.map((step) => step.mediaKey).filter((key) => !kept.has(key))];
            return { ok: true as const, id, slug: fields.slug, previousSlug: existing.slug, imageKey, stepMediaKeys: withMedia.map((step) => step.mediaKey) };
          });
        } catch (error) {
          if (isSlugConflict(error)) return { ok: false as const, errors: SLUG_TAKEN };
          throw error;
        }
      });
      if (result?.ok) await release(released);
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
          imageAlt: existing.imageAlt,
          status: "draft",
        });
        await replaceRoutineSteps(
          tx,
          row.id,
          existing.steps.map(editableStep),
        );
        return row;
      });
    },

    async remove(id: string) {
      const removed = await deleteRoutine(db, id);
      if (removed) await release([removed.imageKey, ...removed.stepMediaKeys]);
      return removed;
    },
  };
}

export type RoutineService = ReturnType<typeof createRoutineService>;

/** Each new file takes the place of its step's stored one. */
function placeStepMedia(steps: RoutineInput["steps"], uploads: readonly (ImageUpload | null)[]) {
  return steps.map((step, index) => ({ ...step, mediaKey: uploads[index]?.key ?? step.mediaKey, mediaAlt: step.mediaAlt }));
}

/** Every picture and video needs words for people who cannot see it; null when all have them. */
function missingDescriptions(imageKey: string | null, imageAlt: string | null, steps: readonly { mediaKey: string | null; mediaAlt: string | null }[]): RoutineFieldErrors | null {
  const errors: RoutineFieldErrors = {};
  if (imageKey && !imageAlt) errors.imageAlt = ALT_MISSING;
  steps.forEach((step, index) => {
    if (step.mediaKey && !step.mediaAlt) errors[`steps.${index}.mediaAlt`] = ALT_MISSING;
  });
  return Object.keys(errors).length ? errors : null;
}

type StoredStep = NonNullable<Awaited<ReturnType<typeof findRoutineWithSteps>>>["steps"][number];

/** A stored step as the editor edits it (and as a copy is written): everything but its ids and place. */
export function editableStep({ instruction, durationSeconds, repetitions, side, spokenCue, mediaKey, mediaAlt }: StoredStep): RoutineInput["steps"][number] {
  return { instruction, durationSeconds, repetitions, side, spokenCue, mediaKey, mediaAlt };
}
