import type PgBoss from "pg-boss";
import type { BroadcastService } from "@/lib/newsletter/broadcast-service";
import { QUEUES, type BroadcastJob } from "@/lib/queue/boss";
import { loggableError, logger } from "@/lib/log";

/** Sends newsletter broadcasts when their jobs come due, and picks up senders that died. */
export async function startBroadcastWorker(boss: PgBoss, service: Pick<BroadcastService, "run" | "resumeAbandoned">, options: { sweepIntervalMs?: number } = {}) {
  await boss.work<BroadcastJob>(QUEUES.sendBroadcast, { batchSize: 1, pollingIntervalSeconds: 5 }, async (jobs) => {
    for (const job of jobs) await service.run(job.data.broadcastId);
  });
  const sweepMs = options.sweepIntervalMs ?? 60_000;
  const sweeper =
    sweepMs > 0
      ? setInterval(() => {
          service.resumeAbandoned().catch((error: unknown) => logger.error({ err: loggableError(error) }, "resuming abandoned broadcasts failed"));
        }, sweepMs)
      : undefined;
  sweeper?.unref();
  return {
    async stop() {
      if (sweeper) clearInterval(sweeper);
      await boss.offWork(QUEUES.sendBroadcast);
    },
  };
}
