import type { Database } from "@/db/connect";
import { listBookingsBetween } from "@/lib/booking/public";
import { addDays, localDate, wallClockToInstant } from "@/lib/platform/time/zones";
import { confirmedReadersPerDay } from "@/lib/newsletter/public";
import { readDashboardFigures } from "./dashboard-queries";

/** The figures on the coach's dashboard, all from live queries and running tallies. */
export function createDashboardService(db: Database) {
  return { load: (now: Date) => loadDashboard(db, now) };
}

/** The coach's day, midnight to midnight in her own zone, as two instants. */
export function coachDay(now: Date, timeZone: string): { from: Date; to: Date } {
  const today = localDate(now, timeZone);
  return { from: wallClockToInstant(today, 0, timeZone)!, to: wallClockToInstant(addDays(today, 1), 0, timeZone)! };
}

/** Today's confirmed calls, the ones already over included (the coach may want their notes). */
async function todaysCalls(db: Database, now: Date, zone: string) {
  const { from, to } = coachDay(now, zone);
  const calls = (await listBookingsBetween(db, from, to)).filter((booking) => booking.status === "confirmed");
  return { zone, calls: calls.map((booking) => ({ id: booking.id, name: booking.name, startsAt: booking.startsAt, endsAt: booking.endsAt })) };
}

/** Three statements: the figures (and the coach's zone), the growth line, then today's calls in that zone. */
async function loadDashboard(db: Database, now: Date) {
  const [figures, readersGrowth] = await Promise.all([readDashboardFigures(db, now), confirmedReadersPerDay(db, now, 90)]);
  const { zone, ...rest } = figures;
  return { ...rest, readersGrowth, today: await todaysCalls(db, now, zone) };
}
