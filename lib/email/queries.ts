import { and, count, desc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { emailOutbox, type EmailStatus } from "@/db/schema";

export type NewOutboxMessage = typeof emailOutbox.$inferInsert;

export async function insertOutboxMessage(db: Executor, message: NewOutboxMessage) {
  const [row] = await db.insert(emailOutbox).values(message).returning();
  if (!row) throw new Error("Inserting an outbox message returned no row.");
  return row;
}

/**
 * Takes a queued message for delivery. The status check makes the claim atomic: of two workers
 * holding jobs for the same message, exactly one gets the row.
 */
export async function claimForDelivery(db: Executor, id: string) {
  const [row] = await db
    .update(emailOutbox)
    .set({ status: "sending", attempts: sql`${emailOutbox.attempts} + 1` })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, "queued")))
    .returning();
  return row ?? null;
}

export async function markSent(db: Executor, id: string, providerMessageId: string, now: Date) {
  await db
    .update(emailOutbox)
    .set({ status: "sent", providerMessageId, sentAt: now, lastError: null })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, "sending")));
}

export async function markForRetry(db: Executor, id: string, error: string) {
  await db.update(emailOutbox).set({ status: "queued", lastError: error }).where(eq(emailOutbox.id, id));
}

export async function markFailed(db: Executor, id: string, error: string) {
  await db.update(emailOutbox).set({ status: "failed", lastError: error }).where(eq(emailOutbox.id, id));
}

/** A failed message goes back to the queue with a fresh set of attempts; null if it was not failed. */
export async function resetFailedForRetry(db: Executor, id: string) {
  const [row] = await db
    .update(emailOutbox)
    .set({ status: "queued", attempts: 0 })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, "failed")))
    .returning({ id: emailOutbox.id });
  return row ?? null;
}

/** Messages stuck in "sending" (a worker died mid-send) or "queued" with no job for a long time. */
export async function findStaleMessageIds(db: Executor, olderThan: Date) {
  const rows = await db
    .select({ id: emailOutbox.id, status: emailOutbox.status })
    .from(emailOutbox)
    // Broadcast messages are resumed by their broadcast's sender, batch by batch, never one by one.
    .where(and(inArray(emailOutbox.status, ["queued", "sending"]), lt(emailOutbox.updatedAt, olderThan), isNull(emailOutbox.broadcastId)))
    .limit(500);
  return rows;
}

export async function requeueSending(db: Executor, ids: string[]) {
  if (ids.length === 0) return;
  await db
    .update(emailOutbox)
    .set({ status: "queued" })
    .where(and(inArray(emailOutbox.id, ids), eq(emailOutbox.status, "sending")));
}

export async function listOutbox(db: Executor, filter: { status?: EmailStatus; limit?: number }) {
  return db
    .select({
      id: emailOutbox.id,
      kind: emailOutbox.kind,
      template: emailOutbox.template,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      status: emailOutbox.status,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .where(filter.status ? eq(emailOutbox.status, filter.status) : undefined)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(filter.limit ?? 100);
}

export async function findOutboxMessage(db: Executor, id: string) {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).limit(1);
  return row ?? null;
}

export async function countOutboxByStatus(db: Executor) {
  const rows = await db.select({ status: emailOutbox.status, n: count() }).from(emailOutbox).groupBy(emailOutbox.status);
  const counts: Record<EmailStatus, number> = { queued: 0, sending: 0, sent: 0, failed: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}
