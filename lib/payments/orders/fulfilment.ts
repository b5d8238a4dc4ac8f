import { format } from "date-fns";
import type { Executor } from "@/db/connect";
import { formatPrice } from "@/lib/platform/text/price-and-duration";
import type { PaymentDeps } from "../context";
import { planLine, planProgress } from "../plans/instalment-plan";
import { alertCoach } from "./coach-alerts";
import { buyerEmail, taxIdsLine, type CheckoutSessionPayload } from "../stripe/payloads";
import { instalmentTotals } from "../plans/queries";
import {
  findCourseTitle,
  findOrCreateUserId,
  findOrder,
  grantEnrollment,
  lockOrder,
  reversalsFor,
  updateOrder,
} from "../queries";
import { createSignInLink, RECEIPT_SIGN_IN_HOURS } from "../checkout/sign-in-link";
import { orderFacts } from "./order-facts";
import { transition } from "./order-machine";
import { lockAddress, wasErasedSince } from "@/lib/privacy/public";
import { ERASED_DOMAIN } from "@/lib/privacy/erasure-plan";

export type FulfilmentOutcome =
  | "fulfilled"
  | "already-settled"
  | "awaiting-payment"
  | "not-ours"
  | "mismatch"
  | "reversed-before-fulfilment"
  | "erased-before-fulfilment"
  | "failed";

/** Statuses after which a checkout event has nothing left to do. */
const SETTLED = new Set(["paid", "refunded", "disputed", "mismatch"]);

/** Why a paid session does not match its order, or null when it does. */
export function mismatchReason(
  order: { courseId: string; amount: number; currency: string; checkoutSessionId: string | null },
  session: CheckoutSessionPayload,
): string | null {
  if (order.checkoutSessionId && order.checkoutSessionId !== session.id) return `session ${session.id} is not the one opened for this order`;
  if (session.metadata?.course_id !== order.courseId) return `the session is for course ${session.metadata?.course_id ?? "(none)"}`;
  // The subtotal is the price before any promotion code: it must be the price the order was made at.
  if (session.amount_subtotal !== order.amount) return `the session's price was ${session.amount_subtotal} instead of ${order.amount}`;
  if ((session.currency ?? "").toLowerCase() !== order.currency) return `the session was in ${session.currency} instead of ${order.currency}`;
  return null;
}

/**
 * The one writer of paid access. Called for checkout.session.completed and
 * async_payment_succeeded, and by the success page after asking the provider, always inside one
 * transaction with the order row locked: however many times it runs, it grants once.
 */
export async function fulfilCheckoutSession(
  tx: Executor,
  deps: PaymentDeps,
  session: CheckoutSessionPayload,
  now: Date,
): Promise<FulfilmentOutcome> {
  const orderId = session.client_reference_id ?? session.metadata?.order_id;
  if (!orderId) return "not-ours";
  // The buyer's turn first, then the order: an erasure of the same address runs wholly before or
  // wholly after this (erasure-queries.ts takes the same lock first, so neither can deadlock).
  const address = buyerEmail(session) ?? (await findOrder(tx, orderId))?.email ?? null;
  if (address) await lockAddress(tx, address);
  const order = await lockOrder(tx, orderId);
  if (!order) return "not-ours";
  if (SETTLED.has(order.status)) return "already-settled";
  if (session.payment_status === "unpaid") return "awaiting-payment";

  const email = buyerEmail(session) ?? order.email;
  const paymentIntentId = session.payment_intent ?? null;
  const problem = mismatchReason(order, session) ?? (email ? null : "the session carries no email address");
  if (problem) {
    await updateOrder(tx, order.id, { status: "mismatch", note: `Not granted: ${problem}.`, email, checkoutSessionId: order.checkoutSessionId ?? session.id });
    await alertCoach(tx, deps, "A payment did not match its order", `Order ${order.id}: ${problem}. No access was granted; check the payment in your Stripe dashboard and refund or grant access by hand.`);
    return "mismatch";
  }

  if (transition(orderFacts(order, { erased: await wasErasedSince(tx, email!, order.createdAt) }), "checkout-paid").refund) {
    // Erased while the checkout was open: no account, no access, no receipt, no sign-in link; the
    // order keeps only what erasure keeps, and the refund sweep gives the money back.
    await updateOrder(tx, order.id, {
      status: "refunded",
      email: `erased-${order.id}@${ERASED_DOMAIN}`,
      userId: null,
      browserBindingHash: null,
      taxIds: null,
      amountPaid: session.amount_total ?? order.amount,
      paymentIntentId: session.payment_intent ?? null,
      checkoutSessionId: order.checkoutSessionId ?? session.id,
      subscriptionId: order.subscriptionId ?? session.subscription ?? null,
      paidAt: now,
      refundRequestedAt: now,
      ...(order.plan === "instalments" ? { subscriptionEndRequestedAt: order.subscriptionEndRequestedAt ?? now } : {}),
      note: "The buyer's data was erased while this checkout was open: nothing was granted, and the payment is being refunded.",
    });
    return "erased-before-fulfilment";
  }

  const userId = await findOrCreateUserId(tx, email!);
  const plan = order.plan === "instalments" && order.instalmentCount ? { count: order.instalmentCount, ...(await instalmentTotals(tx, order.id)) } : null;
  const charged = session.amount_total ?? order.amount;
  const { country, taxIds } = taxIdsLine(session);
  await updateOrder(tx, order.id, {
    status: "paid",
    email,
    userId,
    // A plan's revenue is what its counted instalments collected (invoice.paid may come first).
    amountPaid: plan && plan.amount > 0 ? plan.amount : charged,
    paymentIntentId,
    checkoutSessionId: order.checkoutSessionId ?? session.id,
    paidAt: now,
    amountTax: session.total_details?.amount_tax ?? null,
    billingCountry: country,
    taxIds,
    ...(plan ? { subscriptionId: order.subscriptionId ?? session.subscription ?? null, instalmentCharge: charged } : { invoiceId: order.invoiceId ?? session.invoice ?? null }),
  });

  // A refund or dispute can arrive before the checkout it undoes; then nothing is granted.
  const reversals = paymentIntentId ? await reversalsFor(tx, paymentIntentId) : new Set<string>();
  const reversedBy = reversals.has("refunded") ? "refunded" : reversals.has("disputed") && !reversals.has("dispute_won") ? "disputed" : null;
  if (reversedBy) {
    await updateOrder(tx, order.id, { status: reversedBy, refundedAt: reversedBy === "refunded" ? now : null, note: `The payment was ${reversedBy} before the checkout was confirmed; no access was granted.` });
    return "reversed-before-fulfilment";
  }

  await grantEnrollment(tx, { userId, courseId: order.courseId, source: "purchase", orderId: order.id, now });

  const course = await findCourseTitle(tx, order.courseId);
  const coursePath = `/learn/${course!.slug}`;
  const coach = await deps.coach(tx);
  await deps.email.sendEmail({
    to: email!,
    template: "course-receipt",
    props: {
      coachName: coach.name,
      courseTitle: course!.title,
      amountPaid: formatPrice(charged, order.currency),
      taxLine: session.total_details?.amount_tax ? `Including tax of ${formatPrice(session.total_details.amount_tax, order.currency)}` : null,
      planLine: plan ? planLine(planProgress(Math.max(plan.paid, 1), plan.count), formatPrice(charged, order.currency)) : null,
      // A stable address on this site that opens the provider's invoice once it exists (account/invoices).
      invoiceUrl: plan || session.invoice ? `${deps.appUrl}/account/invoices/${order.id}` : null,
      orderReference: order.id.slice(0, 8),
      paidOn: format(now, "d MMMM yyyy"),
      signInUrl: await createSignInLink(tx, { email: email!, appUrl: deps.appUrl, secret: deps.authSecret, next: coursePath, now }),
      signInValidHours: RECEIPT_SIGN_IN_HOURS,
      courseUrl: `${deps.appUrl}${coursePath}`,
      signInPageUrl: `${deps.appUrl}/sign-in`,
    },
    tx,
  });
  return "fulfilled";
}

/**
 * async_payment_failed (the bank said no after all) or expired (the buyer walked away): nothing
 * was granted, so there is nothing to take back; a settled order is left as it is.
 */
export async function closeCheckoutSession(
  tx: Executor,
  session: CheckoutSessionPayload,
  status: "failed" | "expired",
  note: string,
): Promise<FulfilmentOutcome> {
  const orderId = session.client_reference_id ?? session.metadata?.order_id;
  if (!orderId) return "not-ours";
  const order = await lockOrder(tx, orderId);
  if (!order) return "not-ours";
  if (order.status !== "pending") return "already-settled";
  // The address typed on the payment page, so "Try again" can fill it in for the browser that typed
  // it (checkoutStatus shows it only there). It grants nothing: no account, no access.
  await updateOrder(tx, order.id, { status, note, email: buyerEmail(session) ?? order.email });
  return "failed";
}
