import type { Database } from "@/db/connect";
import { logger } from "@/lib/platform/log";
import type { ImageUpload } from "@/lib/platform/storage/image-upload";
import type { FileStorage } from "@/lib/platform/storage/storage";
import { deleteTestimonial, findTestimonial, insertTestimonial, listTestimonials, updateTestimonial } from "./queries";
import { PHOTO_ALT_MISSING, type TestimonialInput } from "./schema";

export type SaveTestimonialResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> } | null;

/**
 * What people say about the coach, with an optional photo. A new photo is stored before the row
 * points at it and removed again when the save does not stand; a replaced or removed photo's
 * bytes go after the save.
 */
export function createTestimonialService({ db, files }: { db: Database; files: FileStorage }) {
  async function forget(key: string | null | undefined) {
    if (!key) return;
    await files.remove(key).catch((error: unknown) => logger.warn({ err: error, key }, "could not remove an old testimonial photo"));
  }

  return {
    list: () => listTestimonials(db),
    find: (id: string) => findTestimonial(db, id),

    /** Creates (no id) or updates (id); null when the testimonial to update is gone. */
    async save(id: string | null, input: TestimonialInput, photo: ImageUpload | null = null): Promise<SaveTestimonialResult> {
      const { removePhoto, ...fields } = input;
      if (photo) await files.put(photo.key, photo.bytes, photo.contentType);
      let outcome: { result: SaveTestimonialResult; replaced: string | null };
      try {
        outcome = await db.transaction(async (tx) => {
          // Locked, so of two saves at once the second sees (and replaces) the first's photo.
          const existing = id ? await findTestimonial(tx, id, { forUpdate: true }) : null;
          if (id && !existing) return { result: null, replaced: null };
          const photoKey = photo ? photo.key : removePhoto ? null : (existing?.photoKey ?? null);
          if (photoKey && !fields.photoAlt) return { result: { ok: false as const, errors: { photoAlt: PHOTO_ALT_MISSING } }, replaced: null };
          const values = { ...fields, photoKey, photoAlt: photoKey ? fields.photoAlt : null };
          const saved = id ? await updateTestimonial(tx, id, values) : await insertTestimonial(tx, values);
          const old = existing?.photoKey ?? null;
          return { result: saved ? { ok: true as const, id: saved.id } : null, replaced: old !== photoKey ? old : null };
        });
      } catch (error) {
        if (photo) await files.remove(photo.key).catch(() => undefined);
        throw error;
      }
      if (photo && !outcome.result?.ok) await files.remove(photo.key).catch(() => undefined);
      await forget(outcome.replaced);
      return outcome.result;
    },

    async remove(id: string) {
      const removed = await deleteTestimonial(db, id);
      if (removed) await forget(removed.photoKey);
      return removed !== null;
    },
  };
}

export type TestimonialService = ReturnType<typeof createTestimonialService>;
