import type PgBoss from "pg-boss";
import type { BroadcastService } from "@/lib/newsletter/broadcast-service";
import { QUEUES, type BroadcastJob } from "@/lib/platform/queue/boss";
import { startSweeper } from "./sweeper";

/** Sends newsletter broadcasts when their jobs come due, and picks up senders that died. */
export async function startBroadcastWorker(boss: PgBoss, service: Pick<BroadcastService, "run" | "resumeAbandoned">, options: { sweepIntervalMs?: number } = {}) {
  await boss.work<BroadcastJob>(QUEUES.sendBroadcast, { batchSize: 1, pollingIntervalSeconds: 5 }, async (jobs) => {
    for (const job of jobs) await service.run(job.data.broadcastId);
  });
  const sweeper = startSweeper(options.sweepIntervalMs ?? 60_000, () => service.resumeAbandoned(), "resuming abandoned broadcasts failed");
  return {
    async stop() {
      sweeper.stop();
      await boss.offWork(QUEUES.sendBroadcast);
    },
  };
}
