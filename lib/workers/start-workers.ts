import type PgBoss from "pg-boss";
import type { Services } from "@/lib/composition/services";
import { startBookingReminderWorker } from "./booking-reminder-worker";
import { startBroadcastWorker } from "./broadcast-worker";
import { startCalendarWorker } from "./calendar-worker";
import { startWelcomeWorker } from "./welcome-worker";
import { startDripWorker } from "./drip-worker";
import { startPlanEndingWorker } from "./plan-ending-worker";
import { startEmailWorker } from "./email-worker";

/**
 * Every background worker: email delivery, booking reminders, newsletter letters and the welcome sequence, reading the
 * coach's other calendars, telling learners when a course part opens, ending paid-off payment plans. The web app's
 * in-process worker and `npm run worker` both start them here, from services of their own pool.
 */
export async function startWorkers(boss: PgBoss, services: Services) {
  const email = await startEmailWorker(boss, services.email);
  const reminders = await startBookingReminderWorker(boss, services.booking);
  const letters = await startBroadcastWorker(boss, services.broadcasts);
  const calendars = await startCalendarWorker(boss, services.calendars);
  const welcome = await startWelcomeWorker(boss, services.newsletter);
  const drip = startDripWorker(services.dripNotices);
  const plans = startPlanEndingWorker(services.planEnding);
  return {
    /** Stops taking jobs; the job in hand finishes first (pg-boss hands unfinished ones to others). */
    async stop() {
      await email.stop();
      await reminders.stop();
      await letters.stop();
      await calendars.stop();
      await welcome.stop();
      await drip.stop();
      await plans.stop();
    },
  };
}
