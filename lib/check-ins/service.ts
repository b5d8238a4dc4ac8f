import type { Database } from "@/db/connect";
import { findPublishedRoutineIds, insertCheckIns, listCheckInsForUser } from "./queries";
import type { CheckInInput } from "./schema";
import { summariseCheckIns } from "./summary";

export type SaveCheckInsResult = { ok: true; saved: number } | { ok: false; error: string };

const MAX_FUTURE_MS = 5 * 60 * 1000;
const MAX_AGE_MS = 366 * 24 * 60 * 60 * 1000;

/**
 * Stores check-ins for a signed-in person, all or nothing. Times come from the browser (a
 * carried-over check-in happened earlier), so they must be plausible: not in the future, not
 * older than a year. A check-in sent twice is stored once.
 */
export async function saveCheckIns(db: Database, userId: string, checkIns: CheckInInput[], now: Date): Promise<SaveCheckInsResult> {
  for (const checkIn of checkIns) {
    const at = new Date(checkIn.completedAt).getTime();
    if (at > now.getTime() + MAX_FUTURE_MS) return { ok: false, error: "A check-in is dated in the future." };
    if (at < now.getTime() - MAX_AGE_MS) return { ok: false, error: "A check-in is more than a year old." };
  }
  return db.transaction(async (tx) => {
    const ids = await findPublishedRoutineIds(tx, [...new Set(checkIns.map((checkIn) => checkIn.routineSlug))]);
    const unknown = checkIns.find((checkIn) => !ids.has(checkIn.routineSlug));
    if (unknown) return { ok: false as const, error: `There is no routine called “${unknown.routineSlug}”.` };
    const saved = await insertCheckIns(
      tx,
      checkIns.map((checkIn) => ({
        userId,
        routineId: ids.get(checkIn.routineSlug)!,
        before: checkIn.before,
        after: checkIn.after,
        completedAt: new Date(checkIn.completedAt),
      })),
    );
    return { ok: true as const, saved };
  });
}

/** A person's before/after check-ins: saving them and the summary per routine their account shows. */
export function createCheckInService(db: Database) {
  return {
    save: (userId: string, checkIns: CheckInInput[], now: Date) => saveCheckIns(db, userId, checkIns, now),
    summaryFor: async (userId: string) => summariseCheckIns(await listCheckInsForUser(db, userId)),
  };
}
