import type { Database } from "@/db/connect";
import { logger } from "@/lib/platform/log";
import type { ImageUpload } from "@/lib/platform/storage/image-upload";
import type { FileStorage } from "@/lib/platform/storage/storage";
import { findCoachProfile, lockCoachProfile, upsertCoachProfile } from "./queries";
import { PORTRAIT_ALT_MISSING, type CoachProfileInput } from "./schema";

export type SaveProfileResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * The coach's profile as the settings page edits it, portrait included. A new portrait is stored
 * before the row points at it and removed again if the save does not stand; the old one's bytes
 * go once the new row is saved.
 */
export function createSiteService(db: Database, files: FileStorage) {
  return {
    profile: () => findCoachProfile(db),

    /** Saves the single profile row, creating it on a database that was never seeded. */
    async saveProfile(input: CoachProfileInput, portrait: ImageUpload | null = null): Promise<SaveProfileResult> {
      const { removePortrait, ...fields } = input;
      if (portrait) await files.put(portrait.key, portrait.bytes, portrait.contentType);
      let outcome: { result: SaveProfileResult; replaced: string | null };
      try {
        outcome = await db.transaction(async (tx) => {
          // Locked, so of two saves at once the second sees the first's portrait and replaces that.
          const existing = await lockCoachProfile(tx);
          const portraitKey = portrait ? portrait.key : removePortrait ? null : (existing?.portraitKey ?? null);
          if (portraitKey && !fields.portraitAlt) return { result: { ok: false as const, errors: { portraitAlt: PORTRAIT_ALT_MISSING } }, replaced: null };
          await upsertCoachProfile(tx, { ...fields, portraitKey, portraitAlt: portraitKey ? fields.portraitAlt : null });
          const old = existing?.portraitKey ?? null;
          return { result: { ok: true as const }, replaced: old !== portraitKey ? old : null };
        });
      } catch (error) {
        if (portrait) await files.remove(portrait.key).catch(() => undefined);
        throw error;
      }
      if (!outcome.result.ok && portrait) await files.remove(portrait.key).catch(() => undefined);
      const { replaced } = outcome;
      if (replaced) await files.remove(replaced).catch((error: unknown) => logger.warn({ err: error, key: replaced }, "could not remove the old portrait"));
      return outcome.result;
    },
  };
}
