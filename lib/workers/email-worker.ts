import type PgBoss from "pg-boss";
import type { EmailService } from "@/lib/email/service";
import { QUEUES, type EmailJob } from "@/lib/queue/boss";
import { loggableError, logger } from "@/lib/log";

export interface EmailWorkerOptions {
  pollingIntervalSeconds?: number;
  batchSize?: number;
  /** How often to look for stale outbox messages; 0 turns the sweep off (tests). */
  sweepIntervalMs?: number;
}

/** Delivers queued email. Several workers (instances) can run at once: each message goes out once. */
export async function startEmailWorker(boss: PgBoss, service: EmailService, options: EmailWorkerOptions = {}) {
  const batchSize = options.batchSize ?? 10;
  const worker: { id?: string } = {};
  worker.id = await boss.work<EmailJob>(
    QUEUES.deliverEmail,
    { batchSize, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
    async (jobs) => {
      for (const job of jobs) await service.deliver(job.data.messageId);
      // A full batch means more are waiting: fetch again at once instead of after the polling pause.
      if (jobs.length === batchSize && worker.id) boss.notifyWorker(worker.id);
    },
  );
  const sweepMs = options.sweepIntervalMs ?? 60_000;
  const sweeper =
    sweepMs > 0
      ? setInterval(() => {
          service.requeueStale().catch((error: unknown) => logger.error({ err: loggableError(error) }, "requeueing stale email failed"));
        }, sweepMs)
      : undefined;
  sweeper?.unref();
  return {
    workerId: worker.id,
    async stop() {
      if (sweeper) clearInterval(sweeper);
      await boss.offWork(QUEUES.deliverEmail);
    },
  };
}
