import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { bookings, routineCheckIns, routines, users } from "@/db/schema";

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
