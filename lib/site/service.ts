import type { Database } from "@/db/connect";
import { findCoachProfile, upsertCoachProfile } from "./queries";
import type { CoachProfileInput } from "./schema";

/** The coach's profile as the settings page edits it. */
export function createSiteService(db: Database) {
  return {
    profile: () => findCoachProfile(db),
    /** Saves the single profile row, creating it on a database that was never seeded. */
    saveProfile: (input: CoachProfileInput) => upsertCoachProfile(db, input),
  };
}
