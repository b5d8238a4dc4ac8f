import { and, asc, eq, gt, gte, lt, lte, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { availabilityOverrides, availabilityRules, bookings, bookingSettings, intakeQuestions, type Booking } from "@/db/schema";
import type { DateOverride } from "./slots";

export async function loadAvailability(db: Executor) {
  const [[settings], rules, overrides, questions] = await Promise.all([
    db.select().from(bookingSettings).limit(1),
    db.select().from(availabilityRules),
    db.select().from(availabilityOverrides),
    db.select().from(intakeQuestions).orderBy(asc(intakeQuestions.position)),
  ]);
  if (!settings) throw new Error("booking_settings has no row; run the migrations.");
  return { settings, rules, overrides: overrides as DateOverride[], questions };
}

export type Availability = Awaited<ReturnType<typeof loadAvailability>>;

/** Confirmed bookings that touch a window: what slot generation treats as busy. */
export async function listBusy(db: Executor, from: Date, to: Date) {
  return db
    .select({ start: bookings.startsAt, end: bookings.endsAt })
    .from(bookings)
    .where(and(eq(bookings.status, "confirmed"), lt(bookings.startsAt, to), gt(bookings.endsAt, from)));
}

export async function findBookingByIdempotencyKey(db: Executor, key: string) {
  const [row] = await db.select().from(bookings).where(eq(bookings.idempotencyKey, key)).limit(1);
  return row ?? null;
}

export async function findBookingByTokenHash(db: Executor, hash: string) {
  const [row] = await db.select().from(bookings).where(eq(bookings.manageTokenHash, hash)).limit(1);
  return row ?? null;
}

export async function findUpcomingBookingForEmail(db: Executor, email: string, now: Date) {
  const [row] = await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.email, email), eq(bookings.status, "confirmed"), gte(bookings.endsAt, now)))
    .limit(1);
  return row ?? null;
}

export async function markCancelled(db: Executor, id: string, values: { reason: string | null; by: "visitor" | "coach"; now: Date }) {
  const [row] = await db
    .update(bookings)
    .set({ status: "cancelled", cancelledAt: values.now, cancelReason: values.reason, cancelledBy: values.by, sequence: sql`${bookings.sequence} + 1` })
    .where(and(eq(bookings.id, id), ne(bookings.status, "cancelled")))
    .returning();
  return row ?? null;
}

export async function listBookingsForEmail(db: Executor, email: string) {
  return db.select().from(bookings).where(eq(bookings.email, email)).orderBy(asc(bookings.startsAt));
}


/** Bookings in a window for the coach, cancelled ones included (shown struck through). */
export async function listBookingsBetween(db: Executor, from: Date, to: Date) {
  return db.select().from(bookings).where(and(gte(bookings.startsAt, from), lt(bookings.startsAt, to))).orderBy(asc(bookings.startsAt));
}


/** Turns the coach's calendar feed on, or gives it a new address (the old one stops working). */
export async function renewCalendarFeedVersion(db: Executor): Promise<number> {
  const [row] = await db
    .update(bookingSettings)
    .set({ calendarFeedVersion: sql`coalesce(${bookingSettings.calendarFeedVersion}, 0) + 1` })
    .returning({ version: bookingSettings.calendarFeedVersion });
  return row!.version!;
}

export async function stopCalendarFeed(db: Executor) {
  await db.update(bookingSettings).set({ calendarFeedVersion: null });
}

export async function findCalendarFeedVersion(db: Executor): Promise<number | null> {
  const [row] = await db.select({ version: bookingSettings.calendarFeedVersion }).from(bookingSettings).limit(1);
  return row?.version ?? null;
}

/** Serialises bookings per address for the rest of the transaction: one person books one upcoming call. */
export async function lockBookingsOfEmail(tx: Executor, email: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`booking:${email}`}))`);
}

/**
 * A lost race for a slot. Besides the exclusion violation (23P01), PostgreSQL may end one of two
 * concurrent writes into the same range with a deadlock (40P01): the other one won.
 */
function isSlotConflict(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause ?? (error as { code?: string });
  return cause?.code === "23P01" || cause?.code === "40P01";
}

/**
 * Writes inside a savepoint, so that losing the race for the time (the exclusion constraint) is
 * an answer, null, and the transaction around it carries on; any other error still throws.
 */
async function unlessSlotTaken<T>(tx: Executor, write: (savepoint: Executor) => Promise<T>): Promise<T | null> {
  try {
    return await tx.transaction((savepoint) => write(savepoint));
  } catch (error) {
    if (isSlotConflict(error)) return null;
    throw error;
  }
}

/** The new booking, or null when another booking holds (part of) its time. */
export async function insertBookingIfFree(tx: Executor, values: typeof bookings.$inferInsert): Promise<Booking | null> {
  return unlessSlotTaken(tx, async (savepoint) => {
    const [row] = await savepoint.insert(bookings).values(values).returning();
    return row!;
  });
}

/** Moves a booking in one statement (its old time is freed as the new one is taken), or null when the new time is taken. */
export async function moveBookingIfFree(tx: Executor, id: string, slot: { start: Date; end: Date }): Promise<Booking | null> {
  return unlessSlotTaken(tx, async (savepoint) => {
    const [row] = await savepoint
      .update(bookings)
      .set({ startsAt: slot.start, endsAt: slot.end, sequence: sql`${bookings.sequence} + 1`, reminderSentAt: null, rescheduleRequestedAt: null, rescheduleMessage: null })
      .where(eq(bookings.id, id))
      .returning();
    return row!;
  });
}

export async function lockBooking(tx: Executor, id: string) {
  const [row] = await tx.select().from(bookings).where(eq(bookings.id, id)).for("update");
  return row ?? null;
}

export async function lockBookingByTokenHash(tx: Executor, hash: string) {
  const [row] = await tx.select().from(bookings).where(eq(bookings.manageTokenHash, hash)).for("update");
  return row ?? null;
}

export async function markRescheduleRequested(tx: Executor, id: string, at: Date, message: string | null) {
  const [row] = await tx.update(bookings).set({ rescheduleRequestedAt: at, rescheduleMessage: message }).where(eq(bookings.id, id)).returning();
  return row!;
}

export async function markReminderSent(tx: Executor, id: string, at: Date) {
  await tx.update(bookings).set({ reminderSentAt: at }).where(eq(bookings.id, id));
}

export async function updatePrivateNotes(db: Executor, id: string, notes: string) {
  const [row] = await db.update(bookings).set({ privateNotes: notes }).where(eq(bookings.id, id)).returning({ id: bookings.id });
  return Boolean(row);
}

/** No-show can only be marked once the call has started. */
export async function updateNoShow(db: Executor, id: string, noShow: boolean, now: Date) {
  const [row] = await db
    .update(bookings)
    .set({ noShow })
    .where(and(eq(bookings.id, id), eq(bookings.status, "confirmed"), lte(bookings.startsAt, now)))
    .returning({ id: bookings.id });
  return Boolean(row);
}

export async function findBookingById(db: Executor, id: string) {
  const [row] = await db.select().from(bookings).where(eq(bookings.id, id)).limit(1);
  return row ?? null;
}
