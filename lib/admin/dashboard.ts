import type { Executor } from "@/db/connect";
import { countUsers } from "@/lib/account/queries";
import { countLessons } from "@/lib/course/queries";
import { countUpcomingBookings } from "@/lib/booking/queries";
import { countOutboxByStatus } from "@/lib/email/queries";
import { countRoutinesByStatus } from "@/lib/routines/queries";

/** The figures on the coach's dashboard, all from live queries. */
export async function loadDashboard(db: Executor, now: Date) {
  const [routines, lessons, emails, people, upcomingBookings] = await Promise.all([
    countRoutinesByStatus(db),
    countLessons(db),
    countOutboxByStatus(db),
    countUsers(db),
    countUpcomingBookings(db, now),
  ]);
  return { routines, lessons, emails, people, upcomingBookings };
}
