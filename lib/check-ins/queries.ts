import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { routineCheckIns, routines } from "@/db/schema";

export async function findPublishedRoutineIds(db: Executor, slugs: string[]) {
  if (slugs.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: routines.id, slug: routines.slug })
    .from(routines)
    .where(and(inArray(routines.slug, slugs), eq(routines.status, "published")));
  return new Map(rows.map((row) => [row.slug, row.id]));
}

export async function insertCheckIns(db: Executor, rows: (typeof routineCheckIns.$inferInsert)[]) {
  if (rows.length === 0) return 0;
  const inserted = await db.insert(routineCheckIns).values(rows).onConflictDoNothing().returning({ id: routineCheckIns.id });
  return inserted.length;
}

const checkInColumns = {
  routineSlug: routines.slug,
  routineTitle: routines.title,
  before: routineCheckIns.before,
  after: routineCheckIns.after,
  completedAt: routineCheckIns.completedAt,
};

/** A person's check-ins, oldest first, with the routine they belong to. */
export async function listCheckInsForUser(db: Executor, userId: string) {
  return db
    .select(checkInColumns)
    .from(routineCheckIns)
    .innerJoin(routines, eq(routines.id, routineCheckIns.routineId))
    .where(eq(routineCheckIns.userId, userId))
    .orderBy(asc(routineCheckIns.completedAt));
}

/** A person's latest `limit` check-ins, newest first: their part of a person's records (privacy composes them). */
export async function latestCheckInsForUser(db: Executor, userId: string, limit: number) {
  return db
    .select(checkInColumns)
    .from(routineCheckIns)
    .innerJoin(routines, eq(routines.id, routineCheckIns.routineId))
    .where(eq(routineCheckIns.userId, userId))
    .orderBy(desc(routineCheckIns.completedAt))
    .limit(limit);
}
