import { desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { courses, orders, paymentReversals } from "@/db/schema";

/** The address's (or account's) orders, newest first, with the refunds and disputes against them. */
export async function orderRecords(db: Executor, input: { email: string; userId: string | null; limit: number }) {
  const orderRows = await db
    .select({
      id: orders.id,
      courseTitle: courses.title,
      status: orders.status,
      amount: orders.amount,
      amountPaid: orders.amountPaid,
      currency: orders.currency,
      paymentIntentId: orders.paymentIntentId,
      note: orders.note,
      createdAt: orders.createdAt,
      paidAt: orders.paidAt,
      refundedAt: orders.refundedAt,
    })
    .from(orders)
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .where(input.userId ? or(eq(orders.email, input.email), eq(orders.userId, input.userId)) : eq(orders.email, input.email))
    .orderBy(desc(orders.createdAt))
    .limit(input.limit);

  const intents = orderRows.map((row) => row.paymentIntentId).filter((id): id is string => Boolean(id));
  const reversals = intents.length
    ? await db
        .select({ paymentIntentId: paymentReversals.paymentIntentId, kind: paymentReversals.kind, occurredAt: paymentReversals.occurredAt })
        .from(paymentReversals)
        .where(inArray(paymentReversals.paymentIntentId, intents))
    : [];
  return { orders: orderRows, reversals };
}

/**
 * Orders stay for the accounts with the person taken out: the address becomes `placeholder`'s, the
 * account is unlinked, and the tax ID and refund reason go (a sole trader's VAT number names them
 * too; the invoice itself stays with the provider). A payment plan must stop charging them: the
 * plan-ending sweep cancels it. Returns how many orders were anonymised.
 */
export async function anonymiseOrders(tx: Executor, input: { email: string; userId: string | null; now: Date; erasedDomain: string }): Promise<number> {
  const anonymised = await tx
    .update(orders)
    .set({
      email: sql`'erased-' || ${orders.id}::text || '@${sql.raw(input.erasedDomain)}'`,
      userId: null,
      browserBindingHash: null,
      taxIds: null,
      learnerRefundReason: null,
      subscriptionEndRequestedAt: sql`coalesce(${orders.subscriptionEndRequestedAt}, case when ${orders.plan} = 'instalments' then ${input.now.toISOString()}::timestamptz end)`,
    })
    .where(input.userId ? or(eq(orders.email, input.email), eq(orders.userId, input.userId)) : eq(orders.email, input.email))
    .returning({ id: orders.id });
  return anonymised.length;
}
