import type { Database } from "@/db/connect";
import { coachProfile } from "@/db/schema";
import type { CoachProfileInput } from "./schema";

/** Saves the single profile row, creating it on a database that was never seeded. */
export async function saveCoachProfile(db: Database, input: CoachProfileInput) {
  await db
    .insert(coachProfile)
    .values({ id: 1, ...input })
    .onConflictDoUpdate({ target: coachProfile.id, set: { ...input, updatedAt: new Date() } });
}
