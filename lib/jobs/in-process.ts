import { createDatabase } from "@/db/connect";
import { createEmailService } from "@/lib/email/service";
import { env } from "@/lib/env";
import { bookingServiceFor } from "@/lib/booking/wiring";
import { emailTransport, getBoss } from "@/lib/runtime";
import { startBookingReminderWorker } from "./booking-reminder-worker";
import { startEmailWorker } from "./email-worker";
import { startBroadcastWorker } from "./broadcast-worker";
import { broadcastServiceFor } from "@/lib/newsletter/wiring";
import { logger } from "@/lib/log";

export async function startInProcessWorker() {
  const config = env();
  if (config.JOBS_WORKER !== "in-process" || !config.DATABASE_URL) return;
  try {
    const boss = await getBoss();
    // Its own small pool: background work never competes with page requests for connections.
    const { db, sql } = createDatabase(config.DATABASE_URL, { max: 3 });
    const service = createEmailService({
      db,
      boss,
      transport: emailTransport(),
      from: { transactional: config.EMAIL_FROM, newsletter: config.NEWSLETTER_FROM },
    });
    const worker = await startEmailWorker(boss, service);
    const reminders = await startBookingReminderWorker(boss, bookingServiceFor(db, service, boss, config));
    const letters = await startBroadcastWorker(boss, broadcastServiceFor(db, service, boss, emailTransport(), config));
    const stop = async () => {
      // Stop taking jobs and let the one in hand finish; pg-boss hands unfinished jobs to others.
      await worker.stop().catch(() => {});
      await reminders.stop().catch(() => {});
      await letters.stop().catch(() => {});
      await boss.stop({ graceful: true, timeout: 10_000 }).catch(() => {});
      await sql.end({ timeout: 5 }).catch(() => {});
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  } catch (error) {
    // The site must still serve pages when the queue cannot start; /admin/emails shows the backlog.
    logger.error({ err: error instanceof Error ? error.message : String(error) }, "the in-process job worker did not start")
  }
}
