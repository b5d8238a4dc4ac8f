import type PgBoss from "pg-boss";
import type { Database } from "@/db/connect";
import type { EmailService } from "@/lib/email/service";
import type { Env } from "@/lib/env";
import { bossDb, QUEUES } from "@/lib/jobs/boss";
import { findCoachProfile } from "@/lib/site/queries";
import { createBookingService, type BookingServiceDeps } from "./service";

/**
 * The booking service as the app and the standalone worker both run it: coach from the profile,
 * emails and reminder jobs written in the booking's own transaction.
 */
export function bookingServiceFor(
  db: Database,
  email: EmailService,
  boss: PgBoss,
  config: Env,
  hooks: Pick<BookingServiceDeps, "onBusyTimesChanged"> = {},
) {
  return createBookingService({
    ...hooks,
    db,
    email,
    appUrl: config.APP_URL,
    secret: config.AUTH_SECRET ?? "development-only-secret",
    scheduleReminder: async (tx, job, runAt) => {
      await boss.send(QUEUES.bookingReminder, job, { db: bossDb(tx), startAfter: runAt });
    },
    coach: async () => {
      const profile = await findCoachProfile(db);
      return {
        name: profile?.name ?? "Your coach",
        email: profile?.contactEmail ?? config.EMAIL_FROM.replace(/^.*<|>$/g, ""),
        timeZone: profile?.timezone ?? "UTC",
      };
    },
  });
}
