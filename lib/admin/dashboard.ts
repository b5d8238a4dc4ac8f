import type { Database } from "@/db/connect";
import { countUsers } from "@/lib/account/queries";
import { countLessons } from "@/lib/course/queries";
import { countUpcomingBookings, listBookingsBetween } from "@/lib/booking/queries";
import { findCoachProfile } from "@/lib/site/queries";
import { addDays, localDate, wallClockToInstant } from "@/lib/time/zones";
import { countOutboxByStatus } from "@/lib/email/queries";
import { countRoutinesByStatus } from "@/lib/routines/queries";
import { countActiveEnrollments, revenueSince } from "@/lib/payments/queries";
import { lastSentBroadcast } from "@/lib/newsletter/archive-queries";
import { confirmedReadersPerDay } from "@/lib/newsletter/queries";
import { countActiveSuppressions } from "@/lib/email/suppression-queries";

/** The figures on the coach's dashboard, all from live queries. */
export function createDashboardService(db: Database) {
  return { load: (now: Date) => loadDashboard(db, now) };
}

/** The coach's day, midnight to midnight in her own zone, as two instants. */
export function coachDay(now: Date, timeZone: string): { from: Date; to: Date } {
  const today = localDate(now, timeZone);
  return { from: wallClockToInstant(today, 0, timeZone)!, to: wallClockToInstant(addDays(today, 1), 0, timeZone)! };
}

/** Today's confirmed calls, the ones already over included (the coach may want their notes). */
async function todaysCalls(db: Database, now: Date) {
  const zone = (await findCoachProfile(db))?.timezone ?? "UTC";
  const { from, to } = coachDay(now, zone);
  const calls = (await listBookingsBetween(db, from, to)).filter((booking) => booking.status === "confirmed");
  return { zone, calls: calls.map((booking) => ({ id: booking.id, name: booking.name, startsAt: booking.startsAt, endsAt: booking.endsAt })) };
}

async function loadDashboard(db: Database, now: Date) {
  const thirtyDaysAgo = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000);
  const [routines, lessons, emails, people, upcomingBookings, revenue30Days, revenueAllTime, learners, readersGrowth, lastLetter, suppressed, today] = await Promise.all([
    countRoutinesByStatus(db),
    countLessons(db),
    countOutboxByStatus(db),
    countUsers(db),
    countUpcomingBookings(db, now),
    revenueSince(db, thirtyDaysAgo),
    revenueSince(db, null),
    countActiveEnrollments(db),
    confirmedReadersPerDay(db, now, 90),
    lastSentBroadcast(db),
    countActiveSuppressions(db, now),
    todaysCalls(db, now),
  ]);
  return { routines, lessons, emails, people, upcomingBookings, revenue30Days, revenueAllTime, learners, readersGrowth, lastLetter, suppressed, today };
}
