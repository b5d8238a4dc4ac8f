import { and, count, desc, eq, gte, isNotNull, isNull, sql, sum } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { coachProfile, courses, enrollments, orders, paymentEvents, paymentReversals, users, type OrderStatus } from "@/db/schema";
import type { PageCursor } from "@/lib/platform/validation/page-cursor";

export type { Order } from "@/db/schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The order row, locked for the rest of the transaction so two events for it take turns. */
export async function lockOrder(tx: Executor, orderId: string) {
  if (!UUID.test(orderId)) return null;
  const [row] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update").limit(1);
  return row ?? null;
}

export async function lockOrderByPaymentIntent(tx: Executor, paymentIntentId: string) {
  const [row] = await tx.select().from(orders).where(eq(orders.paymentIntentId, paymentIntentId)).for("update").limit(1);
  return row ?? null;
}

/** The order of a checkout session with its course, locked (the paying browser's one-time entry). */
export async function lockOrderBySession(tx: Executor, sessionId: string) {
  const [row] = await tx
    .select({ order: orders, course: { slug: courses.slug } })
    .from(orders)
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .where(eq(orders.checkoutSessionId, sessionId))
    .for("update", { of: orders })
    .limit(1);
  return row ?? null;
}

/** What decides whether a checkout may sign its browser in as this account (see browser-entry.ts). */
export async function findBuyerAccount(db: Executor, userId: string) {
  const [row] = await db.select({ id: users.id, role: users.role, emailVerified: users.emailVerified, createdAt: users.createdAt }).from(users).where(eq(users.id, userId)).limit(1);
  return row ?? null;
}

/**
 * The same, locked: a sign-in by link (lib/auth/queries.ts proveAddress) locks this row too, so
 * the paying browser is let in either before the address is proven (and that sign-in then ends
 * its session) or not at all.
 */
export async function lockBuyerAccount(tx: Executor, userId: string) {
  const [row] = await tx.select({ id: users.id, role: users.role, emailVerified: users.emailVerified, createdAt: users.createdAt }).from(users).where(eq(users.id, userId)).for("update").limit(1);
  return row ?? null;
}

/** Spends the browser binding; false when another request spent it first. */
export async function markBrowserBindingUsed(tx: Executor, orderId: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(orders)
    .set({ browserBindingUsedAt: now })
    .where(and(eq(orders.id, orderId), isNull(orders.browserBindingUsedAt)))
    .returning({ id: orders.id });
  return rows.length === 1;
}

export async function findOrderBySession(db: Executor, sessionId: string) {
  const [row] = await db
    .select({ order: orders, course: { slug: courses.slug, title: courses.title, id: courses.id } })
    .from(orders)
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .where(eq(orders.checkoutSessionId, sessionId))
    .limit(1);
  return row ?? null;
}

export async function findOrder(db: Executor, orderId: string) {
  if (!UUID.test(orderId)) return null;
  const [row] = await db.select().from(orders).where(eq(orders.id, orderId)).limit(1);
  return row ?? null;
}

export async function updateOrder(tx: Executor, orderId: string, values: Partial<typeof orders.$inferInsert>) {
  await tx.update(orders).set(values).where(eq(orders.id, orderId));
}

/** Finds the account for an address, creating it (as a member) when there is none. */
export async function findOrCreateUserId(tx: Executor, email: string): Promise<string> {
  await tx.insert(users).values({ email }).onConflictDoNothing({ target: users.email });
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (!row) throw new Error(`No user row for ${email} after insert.`);
  return row.id;
}

export async function reversalsFor(tx: Executor, paymentIntentId: string) {
  const rows = await tx.select({ kind: paymentReversals.kind }).from(paymentReversals).where(eq(paymentReversals.paymentIntentId, paymentIntentId));
  return new Set(rows.map((row) => row.kind));
}

export async function recordReversal(
  tx: Executor,
  values: { paymentIntentId: string; kind: "refunded" | "disputed" | "dispute_won"; eventId: string; occurredAt: Date },
) {
  await tx.insert(paymentReversals).values(values).onConflictDoNothing();
}

/** Grants (or restores) access; one row per person and course, whatever the order history. */
export async function grantEnrollment(
  tx: Executor,
  values: { userId: string; courseId: string; source: "purchase" | "complimentary"; orderId: string | null; now: Date },
) {
  const [row] = await tx
    .insert(enrollments)
    .values({ userId: values.userId, courseId: values.courseId, source: values.source, orderId: values.orderId, grantedAt: values.now })
    .onConflictDoUpdate({
      target: [enrollments.userId, enrollments.courseId],
      set: {
        revokedAt: null,
        revokedReason: null,
        // A purchase replaces a complimentary grant as the reason for access; a grant never replaces a purchase.
        ...(values.source === "purchase" ? { source: "purchase" as const, orderId: values.orderId } : {}),
        updatedAt: values.now,
      },
    })
    .returning();
  return row!;
}

export async function revokeEnrollmentsForOrder(tx: Executor, orderId: string, reason: string, now: Date) {
  return tx
    .update(enrollments)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(enrollments.orderId, orderId), isNull(enrollments.revokedAt)))
    .returning({ id: enrollments.id });
}

/** Gives back access taken for `reason` only: a revocation by the coach (or for another cause) stays. */
export async function restoreEnrollmentsForOrder(tx: Executor, orderId: string, reason: string) {
  return tx
    .update(enrollments)
    .set({ revokedAt: null, revokedReason: null })
    .where(and(eq(enrollments.orderId, orderId), eq(enrollments.revokedReason, reason)))
    .returning({ id: enrollments.id });
}

export async function findEnrollment(db: Executor, userId: string, courseId: string) {
  const [row] = await db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.userId, userId), eq(enrollments.courseId, courseId)))
    .limit(1);
  return row ?? null;
}

/** Orders newest first; with `before`, the ones older than that order (keyset paging). */
export async function listOrders(db: Executor, filter: { status?: OrderStatus; limit?: number; before?: PageCursor }) {
  const older = filter.before ? sql`(${orders.createdAt}, ${orders.id}) < (${filter.before.at.toISOString()}::timestamptz, ${filter.before.id}::uuid)` : undefined;
  return db
    .select({
      id: orders.id,
      status: orders.status,
      amount: orders.amount,
      amountPaid: orders.amountPaid,
      currency: orders.currency,
      email: orders.email,
      provider: orders.provider,
      note: orders.note,
      learnerRefundAskedAt: orders.learnerRefundAskedAt,
      learnerRefundReason: orders.learnerRefundReason,
      learnerRefundDeclinedAt: orders.learnerRefundDeclinedAt,
      paymentIntentId: orders.paymentIntentId,
      plan: orders.plan,
      instalmentCount: orders.instalmentCount,
      amountTax: orders.amountTax,
      createdAt: orders.createdAt,
      paidAt: orders.paidAt,
      courseTitle: courses.title,
    })
    .from(orders)
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .where(and(filter.status ? eq(orders.status, filter.status) : undefined, older))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(filter.limit ?? 50);
}

/** Money kept, per currency: paid orders only (refunded and disputed ones no longer count). */
export async function revenueSince(db: Executor, since: Date | null) {
  return db
    .select({ currency: orders.currency, total: sum(orders.amountPaid).mapWith(Number), orders: count() })
    .from(orders)
    .where(and(eq(orders.status, "paid"), since ? gte(orders.paidAt, since) : undefined))
    .groupBy(orders.currency)
    .orderBy(orders.currency);
}

export async function countActiveEnrollments(db: Executor) {
  return db.$count(enrollments, isNull(enrollments.revokedAt));
}

export async function findPublishedCourseBySlug(db: Executor, slug: string) {
  const [course] = await db.select().from(courses).where(and(eq(courses.slug, slug), eq(courses.status, "published"))).limit(1);
  return course ?? null;
}

export async function findCourseTitle(db: Executor, courseId: string) {
  const [course] = await db.select({ slug: courses.slug, title: courses.title }).from(courses).where(eq(courses.id, courseId)).limit(1);
  return course ?? null;
}

export async function hasActiveEnrollment(db: Executor, userId: string, courseId: string) {
  const [row] = await db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(and(eq(enrollments.userId, userId), eq(enrollments.courseId, courseId), isNull(enrollments.revokedAt)))
    .limit(1);
  return Boolean(row);
}

export async function insertOrder(db: Executor, values: typeof orders.$inferInsert) {
  const [order] = await db.insert(orders).values(values).returning();
  return order!;
}

export async function findOrderBySessionId(db: Executor, sessionId: string) {
  const [order] = await db.select().from(orders).where(eq(orders.checkoutSessionId, sessionId)).limit(1);
  return order ?? null;
}

/**
 * Records a webhook event id as being handled, in the handler's transaction. Null when it was
 * handled before: concurrent copies wait on this insert's row lock and then see the conflict.
 */
export async function claimPaymentEvent(tx: Executor, event: { id: string; type: string }) {
  const [fresh] = await tx.insert(paymentEvents).values({ id: event.id, type: event.type, outcome: "processing" }).onConflictDoNothing().returning({ id: paymentEvents.id });
  return Boolean(fresh);
}

export async function recordPaymentEventOutcome(tx: Executor, id: string, outcome: string) {
  await tx.update(paymentEvents).set({ outcome }).where(eq(paymentEvents.id, id));
}

/** The coach's payment settings: Stripe Tax and invoices for one-time payments (both off until chosen). */
export async function findPaymentSettings(db: Executor) {
  const [row] = await db
    .select({ collectTax: coachProfile.collectTax, pricesIncludeTax: coachProfile.pricesIncludeTax, issueInvoices: coachProfile.issueInvoices })
    .from(coachProfile)
    .limit(1);
  return row ?? { collectTax: false, pricesIncludeTax: true, issueInvoices: true };
}

export async function updatePaymentSettings(db: Executor, values: { collectTax: boolean; pricesIncludeTax: boolean; issueInvoices: boolean }) {
  const rows = await db.update(coachProfile).set(values).returning({ id: coachProfile.id });
  return rows.length === 1;
}

/** The coach answers a learner's refund request without refunding; only an open request. */
export async function declineLearnerRefund(db: Executor, orderId: string, at: Date) {
  const [row] = await db
    .update(orders)
    .set({ learnerRefundDeclinedAt: at })
    .where(and(eq(orders.id, orderId), isNotNull(orders.learnerRefundAskedAt), isNull(orders.learnerRefundDeclinedAt)))
    .returning({ id: orders.id });
  return Boolean(row);
}
