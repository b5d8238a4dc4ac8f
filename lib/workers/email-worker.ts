import type PgBoss from "pg-boss";
import type { EmailService } from "@/lib/email/service";
import { QUEUES, type EmailJob } from "@/lib/platform/queue/boss";
import { startSweeper } from "./sweeper";

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
  const sweeper = startSweeper(options.sweepIntervalMs ?? 60_000, () => service.requeueStale(), "requeueing stale email failed");
  return {
    workerId: worker.id,
    async stop() {
      sweeper.stop();
      await boss.offWork(QUEUES.deliverEmail);
    },
  };
}
