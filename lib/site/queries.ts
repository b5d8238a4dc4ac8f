import type { Executor } from "@/db/connect";
import { coachProfile } from "@/db/schema";

export async function findCoachProfile(db: Executor) {
  const [row] = await db.select().from(coachProfile).limit(1);
  return row ?? null;
}
