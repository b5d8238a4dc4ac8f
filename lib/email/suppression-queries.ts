import { and, count, desc, eq, gt, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { emailDeliveryEvents, emailOutbox, emailSuppressions } from "@/db/schema";

/** An address is suppressed while its row is not lifted and has not run out. */
export function activeSuppression(now: Date): SQL {
  return and(isNull(emailSuppressions.liftedAt), or(isNull(emailSuppressions.until), gt(emailSuppressions.until, now)))!;
}

/** The same condition inside a raw query, against the database's own clock (audience queries). */
export const activeSuppressionSql = sql`${emailSuppressions.liftedAt} is null and (${emailSuppressions.until} is null or ${emailSuppressions.until} > now())`;

/** The event, or null when this delivery was recorded already (the provider redelivers). */
export async function insertDeliveryEvent(tx: Executor, values: typeof emailDeliveryEvents.$inferInsert) {
  const [row] = await tx.insert(emailDeliveryEvents).values(values).onConflictDoNothing({ target: emailDeliveryEvents.id }).returning();
  return row ?? null;
}

export async function findOutboxIdByProviderId(tx: Executor, providerMessageId: string) {
  const [row] = await tx.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.providerMessageId, providerMessageId)).limit(1);
  return row?.id ?? null;
}

/** Sets a message's delivery status unless a later event already did (events may arrive out of order). */
export async function updateDeliveryStatus(tx: Executor, outboxId: string, status: string, at: Date) {
  await tx
    .update(emailOutbox)
    .set({ deliveryStatus: status, deliveryUpdatedAt: at })
    .where(and(eq(emailOutbox.id, outboxId), or(isNull(emailOutbox.deliveryUpdatedAt), sql`${emailOutbox.deliveryUpdatedAt} <= ${at.toISOString()}`)));
}

/** Soft bounces of an address since `since` that were not lifted away. */
export async function countSoftBounces(tx: Executor, address: string, since: Date) {
  const [lift] = await tx.select({ liftedAt: emailSuppressions.liftedAt }).from(emailSuppressions).where(eq(emailSuppressions.address, address));
  const from = lift?.liftedAt && lift.liftedAt > since ? lift.liftedAt : since;
  return tx.$count(
    emailDeliveryEvents,
    and(eq(emailDeliveryEvents.address, address), eq(emailDeliveryEvents.type, "email.bounced"), sql`coalesce(${emailDeliveryEvents.bounceType}, '') <> 'Permanent'`, gt(emailDeliveryEvents.occurredAt, from)),
  );
}

/**
 * Suppresses an address, or makes its suppression stronger: a permanent one is never shortened to
 * 30 days, and a lifted one starts again.
 */
export async function upsertSuppression(tx: Executor, values: { address: string; reason: "hard-bounce" | "complaint" | "soft-bounces"; detail: string; at: Date; until: Date | null }) {
  await tx
    .insert(emailSuppressions)
    .values({ address: values.address, reason: values.reason, detail: values.detail, suppressedAt: values.at, until: values.until })
    .onConflictDoUpdate({
      target: emailSuppressions.address,
      set: {
        reason: sql`case when ${emailSuppressions.liftedAt} is null and ${emailSuppressions.until} is null and excluded.until is not null then ${emailSuppressions.reason} else excluded.reason end`,
        detail: sql`excluded.detail`,
        suppressedAt: sql`excluded.suppressed_at`,
        until: sql`case when ${emailSuppressions.liftedAt} is null and ${emailSuppressions.until} is null then null else excluded.until end`,
        liftedAt: null,
      },
    });
}

export async function findActiveSuppressions(db: Executor, addresses: string[], now: Date) {
  if (addresses.length === 0) return new Map<string, typeof emailSuppressions.$inferSelect>();
  const rows = await db.select().from(emailSuppressions).where(and(inArray(emailSuppressions.address, addresses), activeSuppression(now)));
  return new Map(rows.map((row) => [row.address, row]));
}

export async function listActiveSuppressions(db: Executor, now: Date) {
  return db.select().from(emailSuppressions).where(activeSuppression(now)).orderBy(desc(emailSuppressions.suppressedAt));
}

export async function countActiveSuppressions(db: Executor, now: Date) {
  const [row] = await db.select({ count: count() }).from(emailSuppressions).where(activeSuppression(now));
  return Number(row?.count ?? 0);
}

export async function liftSuppression(db: Executor, address: string, at: Date) {
  const [row] = await db.update(emailSuppressions).set({ liftedAt: at }).where(and(eq(emailSuppressions.address, address), isNull(emailSuppressions.liftedAt))).returning({ address: emailSuppressions.address });
  return Boolean(row);
}
