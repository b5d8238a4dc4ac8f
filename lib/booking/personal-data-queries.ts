import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { bookings } from "@/db/schema";

/** The address's calls, newest first, intake answers and the coach's notes included. */
export async function bookingRecords(db: Executor, email: string, limit: number) {
  return db
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
}

/** Every call of the address goes, so its times are free again. Returns how many. */
export async function eraseBookings(tx: Executor, email: string): Promise<number> {
  const removed = await tx.delete(bookings).where(eq(bookings.email, email)).returning({ id: bookings.id });
  return removed.length;
}
