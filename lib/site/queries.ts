import type { Executor } from "@/db/connect";
import { coachProfile, type CoachProfile } from "@/db/schema";
import type { Env } from "@/lib/platform/env";

export async function findCoachProfile(db: Executor) {
  const [row] = await db.select().from(coachProfile).limit(1);
  return row ?? null;
}

/** The profile row, locked until the caller's transaction ends (two saves run one after the other). */
export async function lockCoachProfile(tx: Executor) {
  const [row] = await tx.select().from(coachProfile).limit(1).for("update");
  return row ?? null;
}

export interface CoachContact {
  name: string;
  /** Where the coach's own notifications go, and the address visitors are told to write to. */
  email: string;
  timeZone: string;
}

/** The coach as emails and bookings need them, with the defaults a fresh install has. */
export function coachContact(profile: CoachProfile | null, config: Pick<Env, "EMAIL_FROM">): CoachContact {
  return {
    name: profile?.name ?? "Your coach",
    email: profile?.contactEmail ?? config.EMAIL_FROM.replace(/^.*<|>$/g, ""),
    timeZone: profile?.timezone ?? "UTC",
  };
}

/** The coach, read through whatever the caller holds: inside a transaction, pass its `tx`. */
export async function loadCoach(db: Executor, config: Pick<Env, "EMAIL_FROM">): Promise<CoachContact> {
  return coachContact(await findCoachProfile(db), config);
}

export async function upsertCoachProfile(db: Executor, input: Omit<typeof coachProfile.$inferInsert, "id">) {
  await db
    .insert(coachProfile)
    .values({ id: 1, ...input })
    .onConflictDoUpdate({ target: coachProfile.id, set: { ...input, updatedAt: new Date() } });
}
