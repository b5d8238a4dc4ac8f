import type PgBoss from "pg-boss";
import type { CalendarService } from "@/lib/calendars/service";
import { QUEUES, type ReadCalendarJob } from "@/lib/platform/queue/boss";
import { startSweeper } from "./sweeper";

/**
 * Reads the coach's other calendars: a tick every minute queues the ones that are due (each
 * instance may tick; the claim gives every calendar to one of them), and the queue's worker reads
 * them one at a time. A read that fails is recorded on the calendar, not retried by the queue.
 */
export async function startCalendarWorker(
  boss: PgBoss,
  service: Pick<CalendarService, "read" | "queueDue" | "stopReads">,
  options: { pollingIntervalSeconds?: number; tickMs?: number } = {},
) {
  await boss.work<ReadCalendarJob>(QUEUES.readCalendar, { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([job]) => {
    if (job) await service.read(job.data.calendarId);
  });
  const tick = startSweeper(options.tickMs ?? 60_000, () => service.queueDue(), "queueing calendar reads failed");
  return {
    async stop() {
      tick.stop();
      // A hostile calendar can keep its thread busy for the whole work budget: end it now.
      await service.stopReads();
      await boss.offWork(QUEUES.readCalendar);
    },
  };
}
