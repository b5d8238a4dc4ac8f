import type PgBoss from "pg-boss";
import type { Database, Executor } from "@/db/connect";
import type { EmailKind } from "./kinds";
import { retryWhileDatabaseUnavailable } from "@/db/errors";
import { bossDb, QUEUES, type EmailJob } from "@/lib/platform/queue/boss";
import {
  claimForDelivery,
  claimNextBatch,
  findOutboxMessage,
  listMailbox,
  listOutbox,
  insertBroadcastCopies,
  markBatchSent,
  setMessagesStatus,
  type AddressQuery,
  type BatchCopy,
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
import { DeliveryError, type EmailTransport, type OutgoingEmail } from "./transport";

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

export { EMAIL_STATUSES, type EmailStatus } from "./queries";

export type DeliveryOutcome = "sent" | "retry-scheduled" | "failed" | "skipped";

/** A copy the caller decided not to send after all, and why (shown on the message). */
export interface SkippedCopy {
  id: string;
  skip: string;
}

export type BatchOutcome =
  | { kind: "none-left" }
  | { kind: "sent"; batchNo: number; sent: number; skipped: number }
  | { kind: "failed"; batchNo: number; error: string }
  | { kind: "retry-later"; batchNo: number; error: string; retryAfterSeconds: number | undefined };

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
      // A job fetched just before the database went away is not lost in a 15-minute expiry: wait.
      const message = await retryWhileDatabaseUnavailable(() => claimForDelivery(deps.db, messageId));
      if (!message) return "skipped";
      let providerMessageId: string;
      try {
        ({ providerMessageId } = await deps.transport.send({
          id: message.id,
          from: message.fromAddress,
          to: message.toAddress,
          subject: message.subject,
          html: message.html,
          text: message.text,
          headers: message.headers,
          attachments: message.attachments,
        }));
      } catch (error) {
        const failure: DeliveryFailure =
          error instanceof DeliveryError ? error : { message: error instanceof Error ? error.message : String(error) };
        const decision = decideRetry(message.attempts, failure, policy);
        if (decision.kind === "give-up") {
          await retryWhileDatabaseUnavailable(() => markFailed(deps.db, message.id, failure.message));
          return "failed";
        }
        await retryWhileDatabaseUnavailable(() =>
          deps.db.transaction(async (tx) => {
            await markForRetry(tx, message.id, failure.message);
            await enqueue(tx, message.id, decision.delaySeconds);
          }),
        );
        return "retry-scheduled";
      }
      // The provider has the message now. If the database blinks, keep trying to record that (a
      // failed write here is not a failed delivery): a row left "sending" would be swept up later
      // and handed to the provider a second time.
      await retryWhileDatabaseUnavailable(() => markSent(deps.db, message.id, providerMessageId, now()));
      return "sent";
    },

    /** Writes one queued copy of a letter per address `audience` selects, in the caller's transaction. */
    enqueueCopies(tx: Executor, input: { broadcastId: string; subject: string; batchSize: number; audience: AddressQuery }) {
      return insertBroadcastCopies(tx, { ...input, fromAddress: deps.from.newsletter });
    },

    /**
     * Sends the next batch of a letter through the provider's batch endpoint, with a key per batch
     * so that a batch sent again (its sender died after the provider took it) is answered from the
     * provider's memory, never delivered twice. `compose` turns each claimed copy into the message
     * its reader gets, or says why that copy is skipped. Memory holds one batch, whatever the list.
     */
    async deliverNextBatch(broadcastId: string, compose: (copies: BatchCopy[]) => Promise<(OutgoingEmail | SkippedCopy)[]>): Promise<BatchOutcome> {
      const batch = await claimNextBatch(deps.db, broadcastId);
      if (!batch) return { kind: "none-left" };
      const composed = await compose(batch.rows);
      const skipped = composed.filter((item): item is SkippedCopy => "skip" in item);
      const messages = composed.filter((item): item is OutgoingEmail => !("skip" in item));
      for (const reason of new Set(skipped.map((item) => item.skip))) {
        await setMessagesStatus(deps.db, skipped.filter((item) => item.skip === reason).map((item) => item.id), "skipped", reason);
      }
      if (messages.length === 0) return { kind: "sent", batchNo: batch.batchNo, sent: 0, skipped: skipped.length };
      try {
        const { providerMessageIds } = await deps.transport.sendBatch(messages, `broadcast-${broadcastId}-batch-${batch.batchNo}`);
        await retryWhileDatabaseUnavailable(() =>
          markBatchSent(
            deps.db,
            messages.map((message, index) => ({ id: message.id, providerMessageId: providerMessageIds[index]!, headers: message.headers })),
            now(),
          ),
        );
        return { kind: "sent", batchNo: batch.batchNo, sent: messages.length, skipped: skipped.length };
      } catch (error) {
        // Anything but the provider's answer is a crash: the rows stay "sending" and the batch is
        // sent again, with the same key, by whoever resumes the letter.
        if (!(error instanceof DeliveryError)) throw error;
        const ids = messages.map((message) => message.id);
        if (error.permanent) {
          await setMessagesStatus(deps.db, ids, "failed", error.message);
          return { kind: "failed", batchNo: batch.batchNo, error: error.message };
        }
        await setMessagesStatus(deps.db, ids, "queued", error.message);
        return { kind: "retry-later", batchNo: batch.batchNo, error: error.message, retryAfterSeconds: error.retryAfterSeconds };
      }
    },

    /** The coach's outbox: messages newest first, optionally of one status; one message. */
    outbox: (filter: Parameters<typeof listOutbox>[1]) => listOutbox(deps.db, filter),
    message: (id: string) => findOutboxMessage(deps.db, id),
    /** Development and e2e: every stored message, optionally to one address (see /dev/mailbox). */
    mailbox: (to?: string) => listMailbox(deps.db, to),

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
