import "server-only";
import { unstable_cache } from "next/cache";
import type { Executor } from "@/db/connect";
import { cacheTags, PUBLIC_REVALIDATE_SECONDS } from "@/lib/platform/cache/tags";
import { findCoachProfile } from "./queries";

export interface PublicCoachProfile {
  name: string;
  headline: string;
  shortBio: string;
  longBio: string;
  timezone: string;
  contactEmail: string;
  portrait: { url: string; alt: string } | null;
}

/**
 * The site's cached public reads, over the database the composition root hands in
 * (lib/composition/public-reads.ts): only the root opens the database.
 */
export function createSiteReads(db: () => Executor) {
  /** The coach profile as public pages show it; cached until the coach edits it. */
  const getPublicCoachProfile = unstable_cache(
    async (): Promise<PublicCoachProfile | null> => {
      const row = await findCoachProfile(db());
      if (!row) return null;
      const { name, headline, shortBio, longBio, timezone, contactEmail, portraitKey, portraitAlt } = row;
      const portrait = portraitKey ? { url: `/uploads/${portraitKey}`, alt: portraitAlt ?? "" } : null;
      return { name, headline, shortBio, longBio, timezone, contactEmail, portrait };
    },
    ["public-coach-profile"],
    { tags: [cacheTags.coachProfile], revalidate: PUBLIC_REVALIDATE_SECONDS },
  );

  return { getPublicCoachProfile };
}
