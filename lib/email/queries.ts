import { and, asc, desc, eq, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { emailOutbox, emailStatus, type EmailStatus } from "@/db/schema";
import type { PageCursor } from "@/lib/platform/validation/page-cursor";
import { readTallies } from "@/lib/platform/tallies/queries";

export type { EmailStatus, OutboxMessage } from "@/db/schema";
export const EMAIL_STATUSES = emailStatus.enumValues;

export type NewOutboxMessage = typeof emailOutbox.$inferInsert;
/** A query selecting one column of addresses: who gets a copy of a letter (see insertBroadcastCopies). */
export type AddressQuery = SQL;

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

/** The outbox newest first; with `before`, the messages older than that one (keyset paging). */
export async function listOutbox(db: Executor, filter: { status?: EmailStatus; limit?: number; before?: PageCursor }) {
  const older = filter.before
    ? sql`(${emailOutbox.createdAt}, ${emailOutbox.id}) < (${filter.before.at.toISOString()}::timestamptz, ${filter.before.id}::uuid)`
    : undefined;
  return db
    .select({
      id: emailOutbox.id,
      kind: emailOutbox.kind,
      template: emailOutbox.template,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      status: emailOutbox.status,
      attempts: emailOutbox.attempts,
      deliveryStatus: emailOutbox.deliveryStatus,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .where(and(filter.status ? eq(emailOutbox.status, filter.status) : undefined, older))
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(filter.limit ?? 100);
}

export async function findOutboxMessage(db: Executor, id: string) {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).limit(1);
  return row ?? null;
}


/**
 * One copy of a letter per address the audience query yields, in fixed batches, written by the
 * database in one statement: nothing about the readers passes through this process, whatever the
 * size of the list. `audience` selects a single column of addresses. Returns how many were written.
 */
export async function insertBroadcastCopies(
  tx: Executor,
  input: { broadcastId: string; fromAddress: string; subject: string; batchSize: number; audience: SQL },
): Promise<number> {
  const rows = await tx.execute(sql`
    insert into ${emailOutbox} (kind, template, to_address, from_address, subject, html, text, broadcast_id, batch_no)
    select 'newsletter', 'broadcast', audience.address, ${input.fromAddress}, ${input.subject}, '', '', ${input.broadcastId}::uuid,
      ((row_number() over (order by audience.address)) - 1) / ${input.batchSize}::int
    from (${input.audience}) as audience(address)
    on conflict do nothing
    returning 1`);
  return rows.length;
}

export interface BatchCopy {
  id: string;
  toAddress: string;
  fromAddress: string;
  subject: string;
}

/** Takes the next unfinished batch of a letter (queued, or left "sending" by a sender that died). */
export async function claimNextBatch(db: Executor, broadcastId: string): Promise<{ batchNo: number; rows: BatchCopy[] } | null> {
  const [next] = await db
    .select({ batchNo: emailOutbox.batchNo })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.broadcastId, broadcastId), inArray(emailOutbox.status, ["queued", "sending"])))
    .orderBy(asc(emailOutbox.batchNo))
    .limit(1);
  if (!next) return null;
  const rows = await db
    .update(emailOutbox)
    .set({ status: "sending", attempts: sql`${emailOutbox.attempts} + 1` })
    .where(and(eq(emailOutbox.broadcastId, broadcastId), eq(emailOutbox.batchNo, next.batchNo!), inArray(emailOutbox.status, ["queued", "sending"])))
    .returning({ id: emailOutbox.id, toAddress: emailOutbox.toAddress, fromAddress: emailOutbox.fromAddress, subject: emailOutbox.subject });
  // Same order on every attempt, so a retried call carries exactly the messages its key was first used with.
  rows.sort((a, b) => a.toAddress.localeCompare(b.toAddress));
  return { batchNo: next.batchNo!, rows };
}

/** A whole batch recorded as sent in one statement, each copy with its provider id and headers. */
export async function markBatchSent(db: Executor, sent: { id: string; providerMessageId: string; headers: Record<string, string> }[], now: Date) {
  if (sent.length === 0) return;
  const pairs = JSON.stringify(sent.map((row) => ({ id: row.id, pid: row.providerMessageId, headers: row.headers })));
  await db.execute(sql`
    update ${emailOutbox} set status = 'sent', sent_at = ${now.toISOString()}::timestamptz, provider_message_id = v.pid, headers = v.headers, last_error = null
    from jsonb_to_recordset(${pairs}::jsonb) as v(id uuid, pid text, headers jsonb)
    where ${emailOutbox.id} = v.id`);
}

export async function setMessagesStatus(db: Executor, ids: string[], status: "queued" | "failed" | "skipped", error: string) {
  if (ids.length === 0) return;
  await db.update(emailOutbox).set({ status, lastError: error }).where(inArray(emailOutbox.id, ids));
}

/** How many copies of each letter are in each state: the letters list's progress. */
/**
 * Copies of each letter by status, from the running tallies (`email_outbox:letter:<id>:<status>`,
 * migration 0034): a letter to 100,000 readers is 100,000 rows, never counted on a page view.
 */
export async function countCopiesByBroadcast(db: Executor, broadcastId?: string) {
  const tallied = await readTallies(db, broadcastId ? `email_outbox:letter:${broadcastId}:` : "email_outbox:letter:");
  return [...tallied].flatMap(([key, n]) => {
    const [id, status] = broadcastId ? [broadcastId, key] : key.split(":");
    return id && (EMAIL_STATUSES as readonly string[]).includes(status ?? "") && n ? [{ broadcastId: id, status: status as EmailStatus, n }] : [];
  });
}

/** The newest messages, optionally to one address: what the development mailbox shows. */
export async function listMailbox(db: Executor, to?: string, limit = 50) {
  return db
    .select()
    .from(emailOutbox)
    .where(to ? eq(emailOutbox.toAddress, to.toLowerCase()) : undefined)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit);
}
