import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import {
  bookings,
  courses,
  emailDeliveryEvents,
  emailOutbox,
  emailSuppressions,
  enrollments,
  lessonProgress,
  lessons,
  orders,
  paymentReversals,
  personNotes,
  routineCheckIns,
  routines,
  subscribers,
  users,
} from "@/db/schema";

/**
 * Everything the site holds about one address, read table by table. The coach's timeline and the
 * person's own data export are both built from this, so what one shows the other contains.
 * `limit` caps the long lists (emails, check-ins) for the timeline; the export passes none.
 */
export async function loadPersonRecords(db: Executor, input: { email: string; personId: string | null; limit?: number }) {
  const limit = input.limit ?? 100_000;
  const email = input.email.toLowerCase();
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, emailVerified: users.emailVerified, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.email, email));
  const userId = user?.id ?? null;

  const [subscriber] = await db
    .select({
      id: subscribers.id,
      firstName: subscribers.firstName,
      status: subscribers.status,
      source: subscribers.source,
      consentText: subscribers.consentText,
      signedUpAt: subscribers.signedUpAt,
      confirmedAt: subscribers.confirmedAt,
      unsubscribedAt: subscribers.unsubscribedAt,
    })
    .from(subscribers)
    .where(eq(subscribers.email, email));

  const bookingRows = await db
    .select({
      id: bookings.id,
      name: bookings.name,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      status: bookings.status,
      timezone: bookings.timezone,
      answers: bookings.answers,
      noShow: bookings.noShow,
      cancelledAt: bookings.cancelledAt,
      cancelledBy: bookings.cancelledBy,
      cancelReason: bookings.cancelReason,
      privateNotes: bookings.privateNotes,
      createdAt: bookings.createdAt,
    })
    .from(bookings)
    .where(eq(bookings.email, email))
    .orderBy(desc(bookings.startsAt))
    .limit(limit);

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
    .where(userId ? or(eq(orders.email, email), eq(orders.userId, userId)) : eq(orders.email, email))
    .orderBy(desc(orders.createdAt))
    .limit(limit);

  const intents = orderRows.map((row) => row.paymentIntentId).filter((id): id is string => Boolean(id));
  const reversals = intents.length
    ? await db
        .select({ paymentIntentId: paymentReversals.paymentIntentId, kind: paymentReversals.kind, occurredAt: paymentReversals.occurredAt })
        .from(paymentReversals)
        .where(inArray(paymentReversals.paymentIntentId, intents))
    : [];

  const enrollmentRows = userId
    ? await db
        .select({
          courseTitle: courses.title,
          source: enrollments.source,
          grantedAt: enrollments.grantedAt,
          revokedAt: enrollments.revokedAt,
          revokedReason: enrollments.revokedReason,
          lastSeenAt: enrollments.lastSeenAt,
          lessonCount: sql<number>`(select count(*)::int from ${lessons} where ${lessons.courseId} = ${courses.id})`,
        })
        .from(enrollments)
        .innerJoin(courses, eq(courses.id, enrollments.courseId))
        .where(eq(enrollments.userId, userId))
    : [];

  const lessonsDone = userId
    ? await db
        .select({ lessonTitle: lessons.title, courseTitle: courses.title, completedAt: lessonProgress.completedAt })
        .from(lessonProgress)
        .innerJoin(lessons, eq(lessons.id, lessonProgress.lessonId))
        .innerJoin(courses, eq(courses.id, lessons.courseId))
        .where(eq(lessonProgress.userId, userId))
        .orderBy(desc(lessonProgress.completedAt))
        .limit(limit)
    : [];

  const checkIns = userId
    ? await db
        .select({
          routineTitle: routines.title,
          routineSlug: routines.slug,
          before: routineCheckIns.before,
          after: routineCheckIns.after,
          completedAt: routineCheckIns.completedAt,
        })
        .from(routineCheckIns)
        .innerJoin(routines, eq(routines.id, routineCheckIns.routineId))
        .where(eq(routineCheckIns.userId, userId))
        .orderBy(desc(routineCheckIns.completedAt))
        .limit(limit)
    : [];

  const emails = await db
    .select({
      id: emailOutbox.id,
      kind: emailOutbox.kind,
      template: emailOutbox.template,
      subject: emailOutbox.subject,
      status: emailOutbox.status,
      deliveryStatus: emailOutbox.deliveryStatus,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, email))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);

  const deliveryEvents = await db
    .select({ type: emailDeliveryEvents.type, bounceType: emailDeliveryEvents.bounceType, detail: emailDeliveryEvents.detail, occurredAt: emailDeliveryEvents.occurredAt })
    .from(emailDeliveryEvents)
    .where(eq(emailDeliveryEvents.address, email))
    .orderBy(desc(emailDeliveryEvents.occurredAt))
    .limit(limit);

  const [suppression] = await db
    .select({
      reason: emailSuppressions.reason,
      detail: emailSuppressions.detail,
      suppressedAt: emailSuppressions.suppressedAt,
      until: emailSuppressions.until,
      liftedAt: emailSuppressions.liftedAt,
    })
    .from(emailSuppressions)
    .where(eq(emailSuppressions.address, email));

  const notes = input.personId
    ? await db
        .select({ id: personNotes.id, body: personNotes.body, createdAt: personNotes.createdAt })
        .from(personNotes)
        .where(and(eq(personNotes.personId, input.personId)))
        .orderBy(asc(personNotes.createdAt))
    : [];

  return {
    email,
    user: user ?? null,
    subscriber: subscriber ?? null,
    bookings: bookingRows,
    orders: orderRows,
    reversals,
    enrollments: enrollmentRows,
    lessonsDone,
    checkIns,
    emails,
    deliveryEvents,
    suppression: suppression ?? null,
    notes,
  };
}

export type PersonRecords = Awaited<ReturnType<typeof loadPersonRecords>>;

/**
 * What the top of a person's page states whatever the timeline reads: how many check-ins and calls
 * there are in all, and each routine's latest `perRoutine` check-ins for its chart. The timeline
 * reads only its first screen's worth of each list, so these cannot be taken from it.
 */
export async function loadPersonGlance(db: Executor, input: { email: string; perRoutine: number }) {
  const email = input.email.toLowerCase();
  const [counts] = await db.execute<{ check_ins: number; bookings: number }>(sql`
    select
      (select count(*)::int from ${routineCheckIns} join ${users} on ${users.id} = ${routineCheckIns.userId} where ${users.email} = ${email}) as check_ins,
      (select count(*)::int from ${bookings} where ${bookings.email} = ${email}) as bookings`);
  // One index range per routine (user, routine, completed_at), so a long history costs no more.
  const latest = db
    .select({ before: routineCheckIns.before, after: routineCheckIns.after, completedAt: routineCheckIns.completedAt })
    .from(routineCheckIns)
    .where(and(eq(routineCheckIns.userId, users.id), eq(routineCheckIns.routineId, routines.id)))
    .orderBy(desc(routineCheckIns.completedAt))
    .limit(input.perRoutine)
    .as("latest");
  const recentCheckIns = counts?.check_ins
    ? await db
        .select({ routineTitle: routines.title, routineSlug: routines.slug, before: latest.before, after: latest.after, completedAt: latest.completedAt })
        .from(users)
        .crossJoin(routines)
        .crossJoinLateral(latest)
        .where(eq(users.email, email))
    : [];
  return { checkIns: counts?.check_ins ?? 0, bookings: counts?.bookings ?? 0, recentCheckIns };
}

export type PersonGlance = Awaited<ReturnType<typeof loadPersonGlance>>;
