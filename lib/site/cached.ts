import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { cacheTags, PUBLIC_REVALIDATE_SECONDS } from "@/lib/cache/tags";
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

/** The coach profile as public pages show it; cached until the coach edits it. */
export const getPublicCoachProfile = unstable_cache(
  async (): Promise<PublicCoachProfile | null> => {
    const row = await findCoachProfile(getDb());
    if (!row) return null;
    const { name, headline, shortBio, longBio, timezone, contactEmail, portraitKey, portraitAlt } = row;
    const portrait = portraitKey ? { url: `/uploads/${portraitKey}`, alt: portraitAlt ?? "" } : null;
    return { name, headline, shortBio, longBio, timezone, contactEmail, portrait };
  },
  ["public-coach-profile"],
  { tags: [cacheTags.coachProfile], revalidate: PUBLIC_REVALIDATE_SECONDS },
);
