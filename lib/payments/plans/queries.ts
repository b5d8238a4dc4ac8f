import { and, eq, isNotNull, isNull, sql, sum } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { courses, instalmentPayments, invoicePaymentIntents, orders } from "@/db/schema";

/** The instalment order a subscription collects for, locked like lockOrder. */
export async function lockOrderBySubscription(tx: Executor, subscriptionId: string) {
  const [row] = await tx.select().from(orders).where(eq(orders.subscriptionId, subscriptionId)).for("update").limit(1);
  return row ?? null;
}

/** The instalment order whose invoice a payment intent paid (a refund or dispute names only the payment). */
export async function lockOrderByInstalmentPayment(tx: Executor, paymentIntentId: string) {
  const [row] = await tx
    .select({ order: orders })
    .from(invoicePaymentIntents)
    .innerJoin(instalmentPayments, eq(instalmentPayments.invoiceId, invoicePaymentIntents.invoiceId))
    .innerJoin(orders, eq(orders.id, instalmentPayments.orderId))
    .where(eq(invoicePaymentIntents.paymentIntentId, paymentIntentId))
    .for("update", { of: orders })
    .limit(1);
  return row?.order ?? null;
}

/** Counts an instalment once per invoice; false when this invoice was already counted. */
export async function recordInstalmentPayment(tx: Executor, values: typeof instalmentPayments.$inferInsert): Promise<boolean> {
  const rows = await tx.insert(instalmentPayments).values(values).onConflictDoNothing().returning({ invoiceId: instalmentPayments.invoiceId });
  return rows.length === 1;
}

export async function isInstalmentPaid(tx: Executor, invoiceId: string): Promise<boolean> {
  const [row] = await tx.select({ invoiceId: instalmentPayments.invoiceId }).from(instalmentPayments).where(eq(instalmentPayments.invoiceId, invoiceId)).limit(1);
  return Boolean(row);
}

export async function instalmentTotals(tx: Executor, orderId: string) {
  const [row] = await tx
    .select({ paid: sql<number>`count(*)::int`, amount: sum(instalmentPayments.amount).mapWith(Number) })
    .from(instalmentPayments)
    .where(eq(instalmentPayments.orderId, orderId));
  return { paid: row?.paid ?? 0, amount: row?.amount ?? 0 };
}

export async function recordInvoicePaymentIntent(tx: Executor, values: { paymentIntentId: string; invoiceId: string }) {
  await tx.insert(invoicePaymentIntents).values(values).onConflictDoNothing();
}

/** Every payment intent that paid one of an order's instalments: what a full refund of the plan refunds. */
export async function instalmentPaymentIntents(db: Executor, orderId: string) {
  return db
    .select({ paymentIntentId: invoicePaymentIntents.paymentIntentId, amount: instalmentPayments.amount })
    .from(instalmentPayments)
    .innerJoin(invoicePaymentIntents, eq(invoicePaymentIntents.invoiceId, instalmentPayments.invoiceId))
    .where(eq(instalmentPayments.orderId, orderId));
}

/** Plans whose subscription should stop and has not been stopped yet (the plan-ending sweep). */
export async function plansToEnd(db: Executor, limit: number) {
  return db
    .select({ id: orders.id, subscriptionId: orders.subscriptionId })
    .from(orders)
    .where(and(isNotNull(orders.subscriptionEndRequestedAt), isNull(orders.subscriptionEndedAt), isNotNull(orders.subscriptionId)))
    .limit(limit);
}

export async function markSubscriptionEnded(db: Executor, orderId: string, now: Date) {
  await db.update(orders).set({ subscriptionEndedAt: now }).where(and(eq(orders.id, orderId), isNull(orders.subscriptionEndedAt)));
}

/** One invoice as the local provider's invoice page shows it: a one-time invoice, a paid instalment or the open one. */
export async function findLocalInvoice(db: Executor, invoiceId: string) {
  const select = { order: orders, course: { title: courses.title, slug: courses.slug } };
  const [oneTime] = await db.select(select).from(orders).innerJoin(courses, eq(courses.id, orders.courseId)).where(eq(orders.invoiceId, invoiceId)).limit(1);
  if (oneTime) return { ...oneTime, kind: "one-time" as const, paid: true, amount: oneTime.order.amountPaid ?? oneTime.order.amount };
  const [instalment] = await db
    .select({ ...select, amount: instalmentPayments.amount })
    .from(instalmentPayments)
    .innerJoin(orders, eq(orders.id, instalmentPayments.orderId))
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .where(eq(instalmentPayments.invoiceId, invoiceId))
    .limit(1);
  if (instalment) return { order: instalment.order, course: instalment.course, kind: "instalment" as const, paid: true, amount: instalment.amount };
  const [open] = await db.select(select).from(orders).innerJoin(courses, eq(courses.id, orders.courseId)).where(eq(orders.openInvoiceId, invoiceId)).limit(1);
  if (open) return { ...open, kind: "instalment" as const, paid: false, amount: open.order.openInvoiceAmount ?? open.order.instalmentCharge ?? open.order.amount };
  return null;
}

/** A person's own orders that were paid at some point, with what their account page shows. */
export async function ordersOfUser(db: Executor, userId: string) {
  return db
    .select({
      id: orders.id,
      status: orders.status,
      plan: orders.plan,
      instalmentCount: orders.instalmentCount,
      amount: orders.amount,
      amountPaid: orders.amountPaid,
      amountTax: orders.amountTax,
      currency: orders.currency,
      paidAt: orders.paidAt,
      invoiceUrl: orders.invoiceUrl,
      invoiceId: orders.invoiceId,
      openInvoiceUrl: orders.openInvoiceUrl,
      openInvoiceAmount: orders.openInvoiceAmount,
      instalmentCharge: orders.instalmentCharge,
      provider: orders.provider,
      subscriptionId: orders.subscriptionId,
      subscriptionEndedAt: orders.subscriptionEndedAt,
      learnerRefundAskedAt: orders.learnerRefundAskedAt,
      learnerRefundDeclinedAt: orders.learnerRefundDeclinedAt,
      courseTitle: courses.title,
      courseSlug: courses.slug,
      paidInstalments: sql<number>`(SELECT count(*)::int FROM ${instalmentPayments} WHERE ${instalmentPayments.orderId} = ${orders.id})`,
      latestInstalmentUrl: sql<string | null>`(SELECT ${instalmentPayments.invoiceUrl} FROM ${instalmentPayments} WHERE ${instalmentPayments.orderId} = ${orders.id} ORDER BY ${instalmentPayments.paidAt} DESC LIMIT 1)`,
    })
    .from(orders)
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .where(and(eq(orders.userId, userId), isNotNull(orders.paidAt)))
    .orderBy(sql`${orders.paidAt} DESC`);
}

/** Payments to give back that nobody has sent yet (erased while their checkout was open). */
export async function ordersToRefund(db: Executor, limit: number) {
  return db
    .select({ id: orders.id, plan: orders.plan, provider: orders.provider, paymentIntentId: orders.paymentIntentId, amount: orders.amount, amountPaid: orders.amountPaid })
    .from(orders)
    .where(and(isNotNull(orders.refundRequestedAt), isNull(orders.refundSentAt)))
    .limit(limit);
}

export async function markRefundSent(db: Executor, orderId: string, now: Date) {
  await db.update(orders).set({ refundSentAt: now }).where(and(eq(orders.id, orderId), isNull(orders.refundSentAt)));
}
