import { and, asc, desc, eq, inArray, like } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { routineSteps, routines } from "@/db/schema";

/** Published routines, newest first, each with its ordered steps. Two queries, never N+1. */
export async function listPublishedRoutinesWithSteps(db: Executor) {
  const rows = await db
    .select()
    .from(routines)
    .where(eq(routines.status, "published"))
    .orderBy(desc(routines.publishedAt), asc(routines.title));
  if (rows.length === 0) return [];
  const steps = await db
    .select()
    .from(routineSteps)
    .where(
      inArray(
        routineSteps.routineId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(routineSteps.routineId), asc(routineSteps.position));
  return rows.map((row) => ({ ...row, steps: steps.filter((step) => step.routineId === row.id) }));
}

export async function findPublishedRoutineBySlug(db: Executor, slug: string) {
  const [row] = await db
    .select()
    .from(routines)
    .where(and(eq(routines.slug, slug), eq(routines.status, "published")))
    .limit(1);
  if (!row) return null;
  const steps = await db
    .select()
    .from(routineSteps)
    .where(eq(routineSteps.routineId, row.id))
    .orderBy(asc(routineSteps.position));
  return { ...row, steps };
}


export async function listAllRoutinesForAdmin(db: Executor) {
  return db
    .select({
      id: routines.id,
      slug: routines.slug,
      title: routines.title,
      status: routines.status,
      updatedAt: routines.updatedAt,
      publishedAt: routines.publishedAt,
    })
    .from(routines)
    .orderBy(desc(routines.updatedAt));
}

/**
 * The routine and its steps. With `forUpdate` (inside a transaction) the row stays locked until
 * the transaction ends, so two saves of one routine run one after the other and the second sees
 * the first's pictures: it releases those, not the ones the first already replaced.
 */
export async function findRoutineWithSteps(db: Executor, id: string, { forUpdate = false }: { forUpdate?: boolean } = {}) {
  const query = db.select().from(routines).where(eq(routines.id, id)).limit(1);
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) return null;
  const steps = await db.select().from(routineSteps).where(eq(routineSteps.routineId, id)).orderBy(asc(routineSteps.position));
  return { ...row, steps };
}

type RoutineFields = Omit<typeof routines.$inferInsert, "id">;
type StepFields = Omit<typeof routineSteps.$inferInsert, "id" | "routineId" | "position">;

export async function insertRoutine(tx: Executor, values: RoutineFields) {
  const [row] = await tx.insert(routines).values(values).returning({ id: routines.id, slug: routines.slug });
  return row!;
}

export async function updateRoutine(tx: Executor, id: string, values: Partial<RoutineFields>) {
  await tx.update(routines).set(values).where(eq(routines.id, id));
}

/** A routine's steps, replaced as a whole in the caller's transaction. */
export async function replaceRoutineSteps(tx: Executor, routineId: string, steps: readonly StepFields[]) {
  await tx.delete(routineSteps).where(eq(routineSteps.routineId, routineId));
  if (steps.length) await tx.insert(routineSteps).values(steps.map((step, position) => ({ ...step, routineId, position })));
}

/** Slugs already taken that start like `prefix`. */
export async function slugsLike(tx: Executor, prefix: string) {
  return new Set((await tx.select({ slug: routines.slug }).from(routines).where(like(routines.slug, `${prefix}%`))).map((row) => row.slug));
}

/** Whether any routine (a duplicate shares its original's picture) still shows this picture. */
/** Whether any routine (a duplicate shares its original's files) still shows this file. */
export async function isFileInUse(db: Executor, key: string) {
  const [cover, step] = await Promise.all([
    db.select({ id: routines.id }).from(routines).where(eq(routines.imageKey, key)).limit(1),
    db.select({ id: routineSteps.id }).from(routineSteps).where(eq(routineSteps.mediaKey, key)).limit(1),
  ]);
  return cover.length > 0 || step.length > 0;
}

export async function deleteRoutine(db: Executor, id: string) {
  const steps = await db.select({ mediaKey: routineSteps.mediaKey }).from(routineSteps).where(eq(routineSteps.routineId, id));
  const [row] = await db.delete(routines).where(eq(routines.id, id)).returning({ slug: routines.slug, imageKey: routines.imageKey });
  return row ? { ...row, stepMediaKeys: steps.flatMap((step) => (step.mediaKey ? [step.mediaKey] : [])) } : null;
}

export type { Routine, RoutineStep } from "@/db/schema";

/** Which of these slugs name published routines. */
export async function findPublishedRoutineSlugs(db: Executor, slugs: readonly string[]) {
  if (slugs.length === 0) return new Set<string>();
  const rows = await db.select({ slug: routines.slug }).from(routines).where(and(inArray(routines.slug, [...slugs]), eq(routines.status, "published")));
  return new Set(rows.map((row) => row.slug));
}
