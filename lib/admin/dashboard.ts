import type { Executor } from "@/db/connect";
import { countUsers } from "@/lib/account/queries";
import { countLessons } from "@/lib/course/queries";
import { countOutboxByStatus } from "@/lib/email/queries";
import { countRoutinesByStatus } from "@/lib/routines/queries";

/** The figures on the coach's dashboard, all from live queries. */
export async function loadDashboard(db: Executor) {
  const [routines, lessons, emails, people] = await Promise.all([
    countRoutinesByStatus(db),
    countLessons(db),
    countOutboxByStatus(db),
    countUsers(db),
  ]);
  return { routines, lessons, emails, people };
}
