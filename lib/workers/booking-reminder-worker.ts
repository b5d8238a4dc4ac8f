import type PgBoss from "pg-boss";
import type { ReminderJob } from "@/lib/booking/reminders";
import type { BookingService } from "@/lib/booking/service";
import { QUEUES } from "@/lib/platform/queue/boss";

/** Sends 24-hour consultation reminders when their jobs come due. */
export async function startBookingReminderWorker(boss: PgBoss, service: Pick<BookingService, "sendReminder">, pollingIntervalSeconds = 10) {
  await boss.work<ReminderJob>(QUEUES.bookingReminder, { batchSize: 5, pollingIntervalSeconds }, async (jobs) => {
    for (const job of jobs) await service.sendReminder(job.data);
  });
  return { stop: () => boss.offWork(QUEUES.bookingReminder) };
}
