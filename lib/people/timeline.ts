import { describeSuppression } from "@/lib/email/suppression-rules";
import { formatPrice } from "@/lib/platform/text/price-and-duration";
import type { PersonRecords } from "@/lib/privacy/public";

/**
 * One person's history as the coach reads it: pure, so every rule (what counts as attended, which
 * email needs attention) is tested without a database. `formatWhen` renders a time in the coach's
 * zone; `sourceLabel` names a signup source.
 */

export type TimelineKind = "newsletter" | "account" | "practice" | "booking" | "order" | "course" | "email" | "note";

export interface TimelineEntry {
  /** Stable within one person's timeline (React keys, anchors). */
  id: string;
  at: Date;
  kind: TimelineKind;
  title: string;
  details: string[];
  /** Something went wrong here (a bounce, a refund, a no-show): drawn so the coach sees it. */
  attention?: boolean;
}

export interface TimelineContext {
  now: Date;
  formatWhen: (date: Date) => string;
  sourceLabel: (source: string) => string;
}

const EMAIL_STATUS: Record<string, string> = {
  queued: "Waiting to be sent",
  sending: "Being sent",
  sent: "Sent",
  failed: "Could not be sent",
  skipped: "Not sent",
};

const DELIVERY_STATUS: Record<string, string> = {
  delivered: "Delivered",
  delayed: "Delivery delayed",
  bounced: "Bounced",
  complained: "Marked as spam",
};

/** What became of a booking, in one word the coach scans for. */
export function bookingOutcome(booking: { status: string; noShow: boolean; endsAt: Date; cancelledBy: string | null }, now: Date): string {
  if (booking.status === "cancelled") return booking.cancelledBy === "coach" ? "Cancelled by you" : "Cancelled by them";
  if (booking.noShow) return "No-show";
  return booking.endsAt <= now ? "Attended" : "Upcoming";
}

export function buildTimeline(records: PersonRecords, context: TimelineContext): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const add = (entry: TimelineEntry) => entries.push(entry);

  if (records.user) {
    add({ id: "account", at: records.user.createdAt, kind: "account", title: records.user.role === "admin" ? "Back-office account created" : "Created an account", details: [] });
  }

  const subscriber = records.subscriber;
  if (subscriber) {
    add({
      id: "newsletter-signup",
      at: subscriber.signedUpAt,
      kind: "newsletter",
      title: "Signed up to the newsletter",
      details: [`From: ${context.sourceLabel(subscriber.source)}`, `Agreed to: “${subscriber.consentText}”`],
    });
    if (subscriber.confirmedAt) add({ id: "newsletter-confirmed", at: subscriber.confirmedAt, kind: "newsletter", title: "Confirmed their subscription", details: [] });
    if (subscriber.unsubscribedAt) add({ id: "newsletter-left", at: subscriber.unsubscribedAt, kind: "newsletter", title: "Unsubscribed", details: [], attention: true });
  }

  for (const [index, checkIn] of records.checkIns.entries()) {
    const values = [checkIn.before === null ? null : `before ${checkIn.before}`, checkIn.after === null ? null : `after ${checkIn.after}`].filter(Boolean);
    add({
      id: `check-in-${index}`,
      at: checkIn.completedAt,
      kind: "practice",
      title: `Practised ${checkIn.routineTitle}`,
      details: [`Tension ${values.join(", ")} (0–10)`],
    });
  }

  for (const booking of records.bookings) {
    const outcome = bookingOutcome(booking, context.now);
    add({
      id: `booking-${booking.id}`,
      at: booking.createdAt,
      kind: "booking",
      title: `Booked a call for ${context.formatWhen(booking.startsAt)}`,
      details: [
        `Outcome: ${outcome}`,
        ...booking.answers.map((answer) => `${answer.label} “${answer.answer}”`),
        ...(booking.privateNotes ? [`Your notes: ${booking.privateNotes}`] : []),
      ],
      attention: outcome === "No-show",
    });
    if (booking.cancelledAt) {
      add({
        id: `booking-${booking.id}-cancelled`,
        at: booking.cancelledAt,
        kind: "booking",
        title: `${outcome}: the call on ${context.formatWhen(booking.startsAt)}`,
        details: booking.cancelReason ? [`Reason: ${booking.cancelReason}`] : [],
      });
    }
  }

  for (const order of records.orders) {
    const price = formatPrice(order.amountPaid ?? order.amount, order.currency);
    if (order.paidAt) {
      add({ id: `order-${order.id}`, at: order.paidAt, kind: "order", title: `Bought ${order.courseTitle}`, details: [`Paid ${price}`] });
    } else {
      const state = { pending: "not finished yet", failed: "payment failed", expired: "left unfinished", mismatch: "needs your eye" }[order.status as string] ?? order.status;
      add({ id: `order-${order.id}`, at: order.createdAt, kind: "order", title: `Started buying ${order.courseTitle}`, details: [`Checkout ${state}`], attention: order.status === "mismatch" });
    }
    if (order.refundedAt) {
      add({ id: `order-${order.id}-refund`, at: order.refundedAt, kind: "order", title: `Refunded: ${order.courseTitle}`, details: order.note ? [order.note] : [], attention: true });
    }
    for (const reversal of records.reversals.filter((row) => row.paymentIntentId === order.paymentIntentId)) {
      if (reversal.kind === "refunded" && order.refundedAt) continue;
      const title = { refunded: `Refunded: ${order.courseTitle}`, disputed: `Disputed the payment for ${order.courseTitle}`, dispute_won: `Dispute closed in your favour: ${order.courseTitle}` }[reversal.kind];
      add({ id: `order-${order.id}-${reversal.kind}`, at: reversal.occurredAt, kind: "order", title, details: [], attention: reversal.kind !== "dispute_won" });
    }
  }

  for (const [index, enrollment] of records.enrollments.entries()) {
    const done = records.lessonsDone.filter((lesson) => lesson.courseTitle === enrollment.courseTitle).length;
    add({
      id: `enrollment-${index}`,
      at: enrollment.grantedAt,
      kind: "course",
      title: enrollment.source === "complimentary" ? `Given access to ${enrollment.courseTitle}` : `Joined ${enrollment.courseTitle}`,
      details: [`${done} of ${enrollment.lessonCount} lessons done`],
    });
    if (enrollment.revokedAt) {
      add({ id: `enrollment-${index}-revoked`, at: enrollment.revokedAt, kind: "course", title: `Access to ${enrollment.courseTitle} withdrawn`, details: enrollment.revokedReason ? [enrollment.revokedReason] : [], attention: true });
    }
  }
  for (const [index, lesson] of records.lessonsDone.entries()) {
    add({ id: `lesson-${index}`, at: lesson.completedAt, kind: "course", title: `Completed “${lesson.lessonTitle}”`, details: [] });
  }

  for (const email of records.emails) {
    const status = email.deliveryStatus ? (DELIVERY_STATUS[email.deliveryStatus] ?? email.deliveryStatus) : (EMAIL_STATUS[email.status] ?? email.status);
    const trouble = email.status === "failed" || email.deliveryStatus === "bounced" || email.deliveryStatus === "complained";
    add({
      id: `email-${email.id}`,
      at: email.sentAt ?? email.createdAt,
      kind: "email",
      // The entry is already labelled "Email"; a letter says so, other mail is its subject alone.
      title: email.kind === "newsletter" ? `Letter: ${email.subject}` : email.subject,
      details: [status + (trouble && email.lastError ? ` (${email.lastError})` : "")],
      attention: trouble,
    });
  }

  const suppression = records.suppression;
  if (suppression) {
    add({
      id: "suppression",
      at: suppression.suppressedAt,
      kind: "email",
      title: `Mail stopped: ${describeSuppression(suppression)}`,
      details: suppression.detail ? [`“${suppression.detail}”`] : [],
      attention: !suppression.liftedAt,
    });
    if (suppression.liftedAt) add({ id: "suppression-lifted", at: suppression.liftedAt, kind: "email", title: "You lifted the mail stop", details: [] });
  }

  for (const note of records.notes) add({ id: `note-${note.id}`, at: note.createdAt, kind: "note", title: "Your note", details: [note.body] });

  // Newest first; on a tie the order of writing above keeps cause before effect reversed consistently.
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** The name the person gave us most recently, wherever they gave it. */
export function displayName(records: Pick<PersonRecords, "user" | "subscriber" | "bookings">): string | null {
  return records.user?.name || records.bookings[0]?.name || records.subscriber?.firstName || null;
}
