import type PgBoss from "pg-boss";
import type { FollowUpJob, NewsletterService } from "@/lib/newsletter/service";
import { QUEUES } from "@/lib/platform/queue/boss";

/** Sends the welcome sequence's letters as their jobs come due. */
export async function startWelcomeWorker(boss: PgBoss, service: Pick<NewsletterService, "sendFollowUp">, pollingIntervalSeconds = 5) {
  await boss.work<FollowUpJob>(QUEUES.welcomeFollowUp, { batchSize: 5, pollingIntervalSeconds }, async (jobs) => {
    for (const job of jobs) await service.sendFollowUp(job.data);
  });
  return { stop: () => boss.offWork(QUEUES.welcomeFollowUp) };
}
