import { and, desc, eq, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { broadcasts, emailSuppressions, subscribers, type Subscriber } from "@/db/schema";
import { activeSuppressionSql } from "@/lib/email/public";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findBroadcast(db: Executor, id: string) {
  if (!UUID.test(id)) return null;
  const [row] = await db.select().from(broadcasts).where(eq(broadcasts.id, id)).limit(1);
  return row ?? null;
}

export async function listBroadcastsNewestFirst(db: Executor) {
  return db.select().from(broadcasts).orderBy(desc(broadcasts.createdAt));
}

type Draft = Pick<typeof broadcasts.$inferInsert, "subject" | "preheader" | "body" | "routineSlugs" | "audienceSource">;

export async function insertBroadcast(db: Executor, values: Draft) {
  const [row] = await db.insert(broadcasts).values(values).returning({ id: broadcasts.id });
  return row!.id;
}

/** Changes a letter that has not gone out; null when it has (or does not exist). */
export async function updateUnsentBroadcast(db: Executor, id: string, values: Draft) {
  const [row] = await db
    .update(broadcasts)
    .set(values)
    .where(and(eq(broadcasts.id, id), inArray(broadcasts.status, ["draft", "scheduled"])))
    .returning({ id: broadcasts.id });
  return row?.id ?? null;
}

/** Only a draft: a scheduled letter is cancelled first, and a sent one is part of the archive. */
export async function deleteDraftBroadcast(db: Executor, id: string) {
  const [row] = await db
    .delete(broadcasts)
    .where(and(eq(broadcasts.id, id), eq(broadcasts.status, "draft")))
    .returning({ id: broadcasts.id, subject: broadcasts.subject });
  return row ?? null;
}

export async function markScheduled(tx: Executor, id: string, when: Date) {
  const [row] = await tx
    .update(broadcasts)
    .set({ status: "scheduled", scheduledFor: when })
    .where(and(eq(broadcasts.id, id), inArray(broadcasts.status, ["draft", "scheduled"])))
    .returning({ id: broadcasts.id });
  return Boolean(row);
}

export async function markUnscheduled(db: Executor, id: string) {
  const [row] = await db
    .update(broadcasts)
    .set({ status: "draft", scheduledFor: null })
    .where(and(eq(broadcasts.id, id), eq(broadcasts.status, "scheduled")))
    .returning({ id: broadcasts.id });
  return Boolean(row);
}

/**
 * Takes the sender's lease on a letter that is due or already sending and whose last sender's
 * lease ran out; counts the attempt, which a sent batch resets. Null when there is nothing to take.
 */
export async function takeLease(db: Executor, id: string, now: Date, until: Date) {
  const [row] = await db
    .update(broadcasts)
    .set({ leaseUntil: until, attemptsWithoutProgress: sql`${broadcasts.attemptsWithoutProgress} + 1` })
    .where(
      and(
        eq(broadcasts.id, id),
        or(and(eq(broadcasts.status, "scheduled"), lt(broadcasts.scheduledFor, new Date(now.getTime() + 1000))), eq(broadcasts.status, "sending")),
        or(isNull(broadcasts.leaseUntil), lt(broadcasts.leaseUntil, now)),
      ),
    )
    .returning();
  return row ?? null;
}

/** After a batch went out: the sender is alive and making progress. */
export async function renewLease(db: Executor, id: string, until: Date) {
  await db.update(broadcasts).set({ leaseUntil: until, attemptsWithoutProgress: 0, lastError: null }).where(eq(broadcasts.id, id));
}

export async function releaseLease(db: Executor, id: string, lastError: string | null) {
  await db.update(broadcasts).set({ leaseUntil: null, ...(lastError ? { lastError } : {}) }).where(eq(broadcasts.id, id));
}

export async function recordError(db: Executor, id: string, lastError: string) {
  await db.update(broadcasts).set({ lastError }).where(eq(broadcasts.id, id));
}

/** Archive addresses already taken that start like `prefix`. */
export async function archiveSlugsLike(db: Executor, prefix: string) {
  const rows = await db.select({ slug: broadcasts.slug }).from(broadcasts).where(sql`${broadcasts.slug} like ${`${prefix}%`}`);
  return new Set(rows.map((row) => row.slug));
}

export async function markSending(tx: Executor, id: string, values: { slug: string; html: string; text: string; startedAt: Date }) {
  await tx.update(broadcasts).set({ ...values, status: "sending" }).where(eq(broadcasts.id, id));
}

export async function setRecipientCount(tx: Executor, id: string, recipientCount: number) {
  await tx.update(broadcasts).set({ recipientCount }).where(eq(broadcasts.id, id));
}

export async function markSent(db: Executor, id: string, finishedAt: Date) {
  await db.update(broadcasts).set({ status: "sent", finishedAt, leaseUntil: null, attemptsWithoutProgress: 0 }).where(eq(broadcasts.id, id));
}

/** Stops a letter that keeps failing; the coach sees why and may resume it. */
export async function markFailed(db: Executor, id: string, lastError: string) {
  await db.update(broadcasts).set({ status: "failed", lastError, leaseUntil: null }).where(eq(broadcasts.id, id));
}

/** The coach's "try again": the letter goes back to sending with a fresh count of attempts. */
export async function markResumed(tx: Executor, id: string) {
  const [row] = await tx
    .update(broadcasts)
    .set({ status: "sending", attemptsWithoutProgress: 0, lastError: null, leaseUntil: null })
    .where(and(eq(broadcasts.id, id), eq(broadcasts.status, "failed")))
    .returning({ id: broadcasts.id });
  return Boolean(row);
}

/** Letters still sending whose sender's lease ran out: it died, or it was never started. */
export async function findAbandonedBroadcastIds(db: Executor, now: Date) {
  const rows = await db
    .select({ id: broadcasts.id })
    .from(broadcasts)
    .where(and(eq(broadcasts.status, "sending"), or(isNull(broadcasts.leaseUntil), lt(broadcasts.leaseUntil, now))));
  return rows.map((row) => row.id);
}

/**
 * The addresses of a letter's audience, as a query the database runs itself (see
 * insertBroadcastCopies): confirmed readers whose address is not suppressed.
 */
export function confirmedReaderAddresses(source: string | null): SQL {
  return sql`select ${subscribers.email} from ${subscribers} where ${subscribers.status} = 'confirmed'${source === null ? sql`` : sql` and ${subscribers.source} = ${source}`}
    and not exists (select 1 from ${emailSuppressions} where ${emailSuppressions.address} = ${subscribers.email} and ${activeSuppressionSql})`;
}

/** Readers by address, for composing one batch of copies: their id (for their links), status and whether mail to them is suppressed. */
export async function findReadersByEmail(db: Executor, emails: string[]) {
  if (emails.length === 0) return new Map<string, { id: string; status: Subscriber["status"]; suppressed: boolean }>();
  const rows = await db
    .select({
      id: subscribers.id,
      email: subscribers.email,
      status: subscribers.status,
      suppressed: sql<boolean>`exists (select 1 from ${emailSuppressions} where ${emailSuppressions.address} = ${subscribers.email} and ${activeSuppressionSql})`,
    })
    .from(subscribers)
    .where(inArray(subscribers.email, emails));
  return new Map(rows.map((row) => [row.email, { id: row.id, status: row.status, suppressed: Boolean(row.suppressed) }]));
}
