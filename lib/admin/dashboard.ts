import type { Database } from "@/db/connect";
import { countUsers } from "@/lib/account/queries";
import { countLessons } from "@/lib/course/queries";
import { countUpcomingBookings } from "@/lib/booking/queries";
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

async function loadDashboard(db: Database, now: Date) {
  const thirtyDaysAgo = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000);
  const [routines, lessons, emails, people, upcomingBookings, revenue30Days, revenueAllTime, learners, readersGrowth, lastLetter, suppressed] = await Promise.all([
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
  ]);
  return { routines, lessons, emails, people, upcomingBookings, revenue30Days, revenueAllTime, learners, readersGrowth, lastLetter, suppressed };
}
