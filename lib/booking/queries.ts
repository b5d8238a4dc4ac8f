import { and, asc, eq, gt, gte, lt, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { availabilityOverrides, availabilityRules, bookings, bookingSettings, intakeQuestions } from "@/db/schema";
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

export async function insertBooking(db: Executor, values: typeof bookings.$inferInsert) {
  const [row] = await db.insert(bookings).values(values).returning();
  return row!;
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

export async function countUpcomingBookings(db: Executor, now: Date) {
  return db.$count(bookings, and(eq(bookings.status, "confirmed"), gte(bookings.startsAt, now)));
}

/** Bookings in a window for the coach, cancelled ones included (shown struck through). */
export async function listBookingsBetween(db: Executor, from: Date, to: Date) {
  return db.select().from(bookings).where(and(gte(bookings.startsAt, from), lt(bookings.startsAt, to))).orderBy(asc(bookings.startsAt));
}

export async function findBookingById(db: Executor, id: string) {
  const [row] = await db.select().from(bookings).where(eq(bookings.id, id)).limit(1);
  return row ?? null;
}
