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
import { processShutdown } from "@/lib/shutdown";

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
    // Stop taking jobs and let the one in hand finish (pg-boss hands unfinished jobs to others);
    // the queue and this pool close only once the web requests in flight are done with them.
    const shutdown = processShutdown();
    shutdown.onShutdown("email worker", "on-signal", () => worker.stop());
    shutdown.onShutdown("reminder worker", "on-signal", () => reminders.stop());
    shutdown.onShutdown("letter worker", "on-signal", () => letters.stop());
    shutdown.onShutdown("job queue", "before-exit", () => boss.stop({ graceful: true, timeout: 10_000 }));
    shutdown.onShutdown("worker database pool", "before-exit", () => sql.end({ timeout: 5 }));
  } catch (error) {
    // The site must still serve pages when the queue cannot start; /admin/emails shows the backlog.
    logger.error({ err: error instanceof Error ? error.message : String(error) }, "the in-process job worker did not start")
  }
}
