import type { Database, Executor } from "@/db/connect";
import type { EmailService } from "@/lib/email/service";
import { logger } from "@/lib/platform/log";
import { claimOpenedParts } from "./queries";

const BATCH = 200;

/**
 * Tells each learner when a part of their course opens (drip, lib/course/drip/rules.ts): once per learner
 * and part, in the same transaction as the claim, so a crash sends nothing or everything for a
 * batch, and revoked access is never written to.
 */
export function createDripNoticeService(deps: { db: Database; email: Pick<EmailService, "sendEmail">; appUrl: string; coach: (executor?: Executor) => Promise<{ name: string }>; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return {
    /** Sends what is due; returns how many emails were written. Safe to run on every instance at once. */
    async notifyOpenedParts(): Promise<number> {
      let total = 0;
      for (;;) {
        const sent = await deps.db.transaction(async (tx) => {
          const opened = await claimOpenedParts(tx, now(), BATCH);
          if (opened.length === 0) return 0;
          const coach = await deps.coach(tx);
          for (const part of opened) {
            await deps.email.sendEmail({
              tx,
              to: part.email,
              template: "part-open",
              props: {
                coachName: coach.name,
                courseTitle: part.courseTitle,
                partTitle: part.partTitle,
                lessonUrl: new URL(`/learn/${part.courseSlug}/${part.firstLessonSlug}`, deps.appUrl).toString(),
              },
            });
          }
          return opened.length;
        });
        total += sent;
        if (sent < BATCH) break;
      }
      if (total) logger.info({ count: total }, "told learners about parts that opened");
      return total;
    },
  };
}

export type DripNoticeService = ReturnType<typeof createDripNoticeService>;
