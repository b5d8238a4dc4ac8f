import { format } from "date-fns";
import type { Executor } from "@/db/connect";
import { formatPrice } from "@/lib/platform/text/price-and-duration";
import type { PaymentDeps } from "../context";
import { alertCoach } from "../orders/coach-alerts";
import { INSTALMENT_UNPAID, planProgress, retriesAreOver } from "./instalment-plan";
import { invoiceOrderId, type InvoicePayload, type SubscriptionPayload } from "../stripe/payloads";
import { instalmentTotals, isInstalmentPaid, lockOrderBySubscription, recordInstalmentPayment } from "./queries";
import { orderFacts } from "../orders/order-facts";
import { transition } from "../orders/order-machine";
import { findCourseTitle, lockOrder, restoreEnrollmentsForOrder, revokeEnrollmentsForOrder, updateOrder, type Order } from "../queries";

/**
 * Payment plans: Stripe Checkout in subscription mode collects the instalments; these handlers
 * count them, end the plan after the last, and pause access while one stays unpaid after Stripe's
 * retries (resumed by paying it). Every handler runs in the webhook's transaction with the order
 * locked, so events may arrive in any order and any number of times.
 */


async function lockPlanOrder(tx: Executor, invoice: InvoicePayload): Promise<Order | null> {
  const orderId = invoiceOrderId(invoice);
  const order = orderId ? await lockOrder(tx, orderId) : null;
  if (order) return order;
  const subscriptionId = invoice.parent?.subscription_details?.subscription;
  return subscriptionId ? lockOrderBySubscription(tx, subscriptionId) : null;
}

/** invoice.paid for a plan: count the instalment, resume paused access, ask for the plan to end after the last. */
export async function recordPaidInstalment(tx: Executor, deps: PaymentDeps, invoice: InvoicePayload, now: Date): Promise<string> {
  const order = await lockPlanOrder(tx, invoice);
  if (!order || order.plan !== "instalments" || !order.instalmentCount) return "not-ours";
  const counted = await recordInstalmentPayment(tx, {
    invoiceId: invoice.id,
    orderId: order.id,
    amount: invoice.amount_paid,
    invoiceUrl: invoice.hosted_invoice_url ?? null,
    paidAt: now,
  });
  if (!counted) return "already-counted";

  const totals = await instalmentTotals(tx, order.id);
  const progress = planProgress(totals.paid, order.instalmentCount);
  const next = transition(orderFacts(order, { paidOff: progress.complete }), "instalment-paid");
  const settlesOpenInvoice = order.openInvoiceId === invoice.id || order.status === "unpaid";
  await updateOrder(tx, order.id, {
    subscriptionId: order.subscriptionId ?? invoice.parent?.subscription_details?.subscription ?? null,
    // Revenue is what was collected; a pending order (checkout event still to come) keeps its own.
    ...(order.status === "pending" ? {} : { amountPaid: totals.amount }),
    ...(settlesOpenInvoice ? { openInvoiceId: null, openInvoiceUrl: null, openInvoiceAmount: null } : {}),
    ...(progress.complete && !order.subscriptionEndRequestedAt ? { subscriptionEndRequestedAt: now, note: `All ${progress.count} instalments paid.` } : {}),
  });

  if (totals.paid > order.instalmentCount) {
    // Stripe charged after the plan was paid off (the sweep had not cancelled it yet): money to give back.
    await alertCoach(
      tx,
      deps,
      `An extra payment came in for ${order.email ?? "a paid-off plan"}`,
      `The plan had all ${order.instalmentCount} payments, and Stripe took one more (invoice ${invoice.id}) before the subscription was stopped. Refund that payment in your Stripe dashboard.`,
    );
  }
  if (order.status === "unpaid" && next.access !== "restore") {
    // Stopped in Stripe (or erased) before this payment's event arrived: it is counted, access stays paused.
    await alertCoach(
      tx,
      deps,
      `A payment came in for a stopped plan (${order.email ?? "a learner"})`,
      `Stripe reported a paid instalment (invoice ${invoice.id}) for a plan that was already stopped, so the course stays paused. Refund it in your Stripe dashboard, or grant access on their page in People.`,
    );
    return "counted; the plan is stopped, access stays paused";
  }
  if (next.access === "restore") {
    await updateOrder(tx, order.id, { status: next.status, note: `The overdue instalment was paid on ${format(now, "d MMMM yyyy")}; access is back.` });
    await restoreEnrollmentsForOrder(tx, order.id, INSTALMENT_UNPAID);
    await alertCoach(tx, deps, `Instalment paid: access restored for ${order.email ?? "a learner"}`, `The overdue instalment was paid, so the course is open to ${order.email ?? "them"} again.`);
    return "restored";
  }
  return progress.complete ? "plan-complete" : `counted ${progress.paid} of ${progress.count}`;
}

/**
 * invoice.payment_failed for a plan: tell the learner, with the page where they can pay. While
 * Stripe still retries, access stays; after its last retry, access pauses until the invoice is paid.
 */
export async function recordFailedInstalment(tx: Executor, deps: PaymentDeps, invoice: InvoicePayload, now: Date): Promise<string> {
  const order = await lockPlanOrder(tx, invoice);
  if (!order || order.plan !== "instalments") return "not-ours";
  if (await isInstalmentPaid(tx, invoice.id)) return "ignored: already paid";
  const final = retriesAreOver(invoice.next_payment_attempt);
  const paidOff = Boolean(order.instalmentCount && planProgress((await instalmentTotals(tx, order.id)).paid, order.instalmentCount).complete);
  const next = transition(orderFacts(order, { paidOff }), final ? "instalment-declined-final" : "instalment-declined");
  // Paid off, refunded or erased: the subscription is being stopped, and nothing more is owed.
  if (paidOff || order.subscriptionEndRequestedAt) return "ignored: the plan is paid off or ending";
  const pause = next.access === "revoke";
  await updateOrder(tx, order.id, {
    openInvoiceId: invoice.id,
    openInvoiceUrl: invoice.hosted_invoice_url ?? null,
    openInvoiceAmount: invoice.amount_due,
    ...(pause ? { status: next.status, note: `An instalment stayed unpaid after the last retry on ${format(now, "d MMMM yyyy")}; access is paused until it is paid.` } : {}),
  });
  if (pause) {
    await revokeEnrollmentsForOrder(tx, order.id, INSTALMENT_UNPAID, now);
    await alertCoach(tx, deps, `Instalment unpaid: access paused for ${order.email ?? "a learner"}`, `Stripe could not collect an instalment after its last retry. The course is paused for ${order.email ?? "them"} until they pay it; paying brings access back by itself.`);
  }
  if (order.email && next.tell.includes("buyer")) {
    const course = await findCourseTitle(tx, order.courseId);
    const coach = await deps.coach(tx);
    await deps.email.sendEmail({
      tx,
      to: order.email,
      template: "instalment-failed",
      props: {
        coachName: coach.name,
        courseTitle: course?.title ?? "your course",
        amount: formatPrice(invoice.amount_due, invoice.currency.toLowerCase()),
        payUrl: invoice.hosted_invoice_url ?? `${deps.appUrl}/account`,
        nextAttempt: final || !invoice.next_payment_attempt ? null : format(new Date(invoice.next_payment_attempt * 1000), "d MMMM"),
        accessPaused: final,
      },
    });
  }
  return pause ? "paused" : final ? "reminded (already paused)" : "reminded";
}

/**
 * customer.subscription.deleted: the end we asked for after the last instalment or a refund, or
 * Stripe (or the coach, in its dashboard) stopping a plan that is not paid off, which pauses access.
 */
export async function recordEndedPlan(tx: Executor, deps: PaymentDeps, subscription: SubscriptionPayload, now: Date): Promise<string> {
  const orderId = subscription.metadata?.order_id;
  const order = (orderId ? await lockOrder(tx, orderId) : null) ?? (await lockOrderBySubscription(tx, subscription.id));
  if (!order || order.plan !== "instalments" || !order.instalmentCount) return "not-ours";
  await updateOrder(tx, order.id, { subscriptionEndedAt: order.subscriptionEndedAt ?? now, subscriptionId: order.subscriptionId ?? subscription.id });
  const progress = planProgress((await instalmentTotals(tx, order.id)).paid, order.instalmentCount);
  const next = transition(orderFacts(order, { paidOff: progress.complete }), "plan-stopped");
  if (next.access !== "revoke") return "plan ended";
  await updateOrder(tx, order.id, { status: next.status, note: `The payment plan was stopped after ${progress.paid} of ${progress.count} payments; access is paused.` });
  await revokeEnrollmentsForOrder(tx, order.id, INSTALMENT_UNPAID, now);
  await alertCoach(
    tx,
    deps,
    `Payment plan stopped: access paused for ${order.email ?? "a learner"}`,
    `The plan's subscription ended in Stripe after ${progress.paid} of ${progress.count} payments, so the course is paused. If you meant to let them keep it, grant access on their page in People.`,
  );
  return "paused";
}
