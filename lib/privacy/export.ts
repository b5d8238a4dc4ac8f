import type { PersonRecords } from "./records";

/**
 * The one JSON file a person (or the coach, for them) downloads: everything the site holds about
 * an address. Shape documented in docs/privacy-export.md; `version` changes when a field's meaning
 * does. Secrets are left out on purpose (token hashes, hashed IPs, provider ids): they identify a
 * link or a payment, not the person, and would only help someone who stole the file.
 */
export const EXPORT_FORMAT = "stillpoint-personal-data";
export const EXPORT_VERSION = 1;

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

/** A learner's own reflections: only in the download they make themselves (null leaves the field out). */
export interface ExportedReflection {
  courseTitle: string;
  lessonTitle: string;
  prompt: string;
  answer: string;
  updatedAt: Date;
}

export function personalDataExport(records: PersonRecords, exportedAt: Date, reflections: ExportedReflection[] | null = null) {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(exportedAt),
    email: records.email,
    account: records.user
      ? { name: records.user.name, email: records.user.email, role: records.user.role, emailVerifiedAt: iso(records.user.emailVerified), createdAt: iso(records.user.createdAt) }
      : null,
    newsletter: records.subscriber
      ? {
          firstName: records.subscriber.firstName,
          status: records.subscriber.status,
          source: records.subscriber.source,
          consentText: records.subscriber.consentText,
          signedUpAt: iso(records.subscriber.signedUpAt),
          confirmedAt: iso(records.subscriber.confirmedAt),
          unsubscribedAt: iso(records.subscriber.unsubscribedAt),
        }
      : null,
    bookings: records.bookings.map((booking) => ({
      name: booking.name,
      startsAt: iso(booking.startsAt),
      endsAt: iso(booking.endsAt),
      timeZone: booking.timezone,
      status: booking.status,
      noShow: booking.noShow,
      answers: booking.answers.map((answer) => ({ question: answer.label, answer: answer.answer })),
      coachNotes: booking.privateNotes || null,
      bookedAt: iso(booking.createdAt),
      cancelledAt: iso(booking.cancelledAt),
      cancelledBy: booking.cancelledBy,
      cancelReason: booking.cancelReason,
    })),
    orders: records.orders.map((order) => ({
      course: order.courseTitle,
      status: order.status,
      amount: order.amount,
      amountPaid: order.amountPaid,
      currency: order.currency,
      createdAt: iso(order.createdAt),
      paidAt: iso(order.paidAt),
      refundedAt: iso(order.refundedAt),
      reversals: records.reversals
        .filter((reversal) => reversal.paymentIntentId === order.paymentIntentId)
        .map((reversal) => ({ kind: reversal.kind, occurredAt: iso(reversal.occurredAt) })),
    })),
    courses: records.enrollments.map((enrollment) => ({
      course: enrollment.courseTitle,
      source: enrollment.source,
      grantedAt: iso(enrollment.grantedAt),
      revokedAt: iso(enrollment.revokedAt),
      revokedReason: enrollment.revokedReason,
      lastSeenAt: iso(enrollment.lastSeenAt),
      lessonsCompleted: records.lessonsDone
        .filter((lesson) => lesson.courseTitle === enrollment.courseTitle)
        .map((lesson) => ({ lesson: lesson.lessonTitle, completedAt: iso(lesson.completedAt) })),
    })),
    checkIns: records.checkIns.map((checkIn) => ({ routine: checkIn.routineTitle, before: checkIn.before, after: checkIn.after, completedAt: iso(checkIn.completedAt) })),
    emails: records.emails.map((email) => ({
      kind: email.kind,
      subject: email.subject,
      status: email.status,
      deliveryStatus: email.deliveryStatus,
      createdAt: iso(email.createdAt),
      sentAt: iso(email.sentAt),
    })),
    deliveryEvents: records.deliveryEvents.map((event) => ({ type: event.type, bounceType: event.bounceType, detail: event.detail, occurredAt: iso(event.occurredAt) })),
    mailStop: records.suppression
      ? { reason: records.suppression.reason, detail: records.suppression.detail, since: iso(records.suppression.suppressedAt), until: iso(records.suppression.until), liftedAt: iso(records.suppression.liftedAt) }
      : null,
    coachNotes: records.notes.map((note) => ({ note: note.body, writtenAt: iso(note.createdAt) })),
    ...(reflections
      ? { reflections: reflections.map((entry) => ({ course: entry.courseTitle, lesson: entry.lessonTitle, question: entry.prompt, answer: entry.answer, updatedAt: iso(entry.updatedAt) })) }
      : {}),
  };
}

export type PersonalDataExport = ReturnType<typeof personalDataExport>;

/** "stillpoint-data-reader-at-example-com-2026-12-02.json": says what and when, safe in any file system. */
export function exportFileName(email: string, at: Date): string {
  return `stillpoint-data-${email.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}-${at.toISOString().slice(0, 10)}.json`;
}
