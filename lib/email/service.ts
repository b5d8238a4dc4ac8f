import type PgBoss from "pg-boss";
import type { Database, Executor } from "@/db/connect";
import type { EmailKind } from "./kinds";
import { bossDb, QUEUES, type EmailJob } from "@/lib/jobs/boss";
import {
  claimForDelivery,
  findStaleMessageIds,
  insertOutboxMessage,
  markFailed,
  markForRetry,
  markSent,
  requeueSending,
  resetFailedForRetry,
} from "./queries";
import { renderEmail } from "./render";
import { decideRetry, DEFAULT_RETRY_POLICY, type DeliveryFailure, type RetryPolicy } from "./retry";
import type { TemplateName, TemplateProps } from "./templates";
import { DeliveryError, type EmailTransport } from "./transport";

export interface EmailServiceDeps {
  db: Database;
  boss: Pick<PgBoss, "send">;
  transport: EmailTransport;
  from: Record<EmailKind, string>;
  retryPolicy?: RetryPolicy;
  now?: () => Date;
}

export interface SendEmailInput<T extends TemplateName> {
  to: string;
  template: T;
  props: TemplateProps[T];
  kind?: EmailKind;
  headers?: Record<string, string>;
  attachments?: { filename: string; contentType: string; content: string }[];
  /** The caller's open transaction: the message and its job commit or roll back with it. */
  tx?: Executor;
}

export type DeliveryOutcome = "sent" | "retry-scheduled" | "failed" | "skipped";

/** Messages untouched this long while queued or sending are handed to the queue again. */
export const STALE_AFTER_MS = 10 * 60 * 1000;

export function createEmailService(deps: EmailServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const policy = deps.retryPolicy ?? DEFAULT_RETRY_POLICY;

  async function enqueue(executor: Executor, messageId: string, startAfterSeconds?: number) {
    const job: EmailJob = { messageId };
    await deps.boss.send(QUEUES.deliverEmail, job, {
      db: bossDb(executor),
      ...(startAfterSeconds ? { startAfter: startAfterSeconds } : {}),
    });
  }

  return {
    /** Renders the template, stores the message in the outbox and enqueues its delivery. */
    async sendEmail<T extends TemplateName>(input: SendEmailInput<T>) {
      const kind = input.kind ?? "transactional";
      const rendered = await renderEmail(input.template, input.props);
      const write = async (executor: Executor) => {
        const message = await insertOutboxMessage(executor, {
          kind,
          template: input.template,
          toAddress: input.to,
          fromAddress: deps.from[kind],
          subject: rendered.subject,
          html: rendered.html,
          text: rendered.text,
          headers: input.headers ?? {},
          attachments: input.attachments ?? [],
        });
        await enqueue(executor, message.id);
        return message;
      };
      return input.tx ? write(input.tx) : deps.db.transaction(write);
    },

    /** One delivery attempt; never throws for a provider failure, only for a database one. */
    async deliver(messageId: string): Promise<DeliveryOutcome> {
      const message = await claimForDelivery(deps.db, messageId);
      if (!message) return "skipped";
      try {
        const { providerMessageId } = await deps.transport.send({
          id: message.id,
          from: message.fromAddress,
          to: message.toAddress,
          subject: message.subject,
          html: message.html,
          text: message.text,
          headers: message.headers,
          attachments: message.attachments,
        });
        await markSent(deps.db, message.id, providerMessageId, now());
        return "sent";
      } catch (error) {
        const failure: DeliveryFailure =
          error instanceof DeliveryError ? error : { message: error instanceof Error ? error.message : String(error) };
        const decision = decideRetry(message.attempts, failure, policy);
        if (decision.kind === "give-up") {
          await markFailed(deps.db, message.id, failure.message);
          return "failed";
        }
        await deps.db.transaction(async (tx) => {
          await markForRetry(tx, message.id, failure.message);
          await enqueue(tx, message.id, decision.delaySeconds);
        });
        return "retry-scheduled";
      }
    },

    /** The coach's "retry" on a failed message: a fresh set of attempts. */
    async retryFailed(messageId: string): Promise<boolean> {
      return deps.db.transaction(async (tx) => {
        const row = await resetFailedForRetry(tx, messageId);
        if (!row) return false;
        await enqueue(tx, messageId);
        return true;
      });
    },

    /** Safety net for lost jobs and workers that died mid-send; safe to run on every instance. */
    async requeueStale(): Promise<number> {
      const stale = await findStaleMessageIds(deps.db, new Date(now().getTime() - STALE_AFTER_MS));
      if (stale.length === 0) return 0;
      await deps.db.transaction(async (tx) => {
        await requeueSending(
          tx,
          stale.filter((row) => row.status === "sending").map((row) => row.id),
        );
        for (const row of stale) await enqueue(tx, row.id);
      });
      return stale.length;
    },
  };
}

export type EmailService = ReturnType<typeof createEmailService>;
