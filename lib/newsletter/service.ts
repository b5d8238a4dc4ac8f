import { createHash, randomBytes } from "node:crypto";
import type { Database } from "@/db/connect";
import type { EmailService } from "@/lib/email/service";
import { listHeaders } from "./headers";
import { findSubscriber, insertSubscriber, lockSubscriberByConfirmHash, lockSubscriberByEmail, updateSubscriber } from "./queries";
import { loadWelcome, saveWelcome, type followUpSchema } from "./settings";
import { deleteFollowUp, findFollowUp, insertFollowUp, listFollowUps, lockSubscriber, recordDelivery } from "./welcome-queries";
import type { z } from "zod";
import type { Executor } from "@/db/connect";
import type { Subscriber } from "@/db/schema";
import { subscriberLinks, subscriberToken, verifySubscriberToken } from "./tokens";
import { findActiveSuppressions } from "@/lib/email/public";
import { CONSENT_TEXT, type SubscribeInput } from "./schema";

export const CONFIRM_TTL_MS = 48 * 60 * 60 * 1000;

export interface NewsletterDeps {
  db: Database;
  email: Pick<EmailService, "sendEmail">;
  appUrl: string;
  secret: string;
  coachName: () => Promise<string>;
  /** Queues one letter of the welcome sequence inside the confirmation's transaction. */
  scheduleFollowUp: (tx: Executor, job: FollowUpJob, runAt: Date) => Promise<void>;
  now?: () => Date;
}

export interface FollowUpJob {
  subscriberId: string;
  followUpId: string;
}

export type FollowUpOutcome = "sent" | "already-sent" | "stopped" | "gone";

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/**
 * Double opt-in newsletter. `subscribe` answers the same for every existing state of an address,
 * so the form never reveals who is on the list; only the inbox owner can confirm.
 */
export function createNewsletterService(deps: NewsletterDeps) {
  const now = deps.now ?? (() => new Date());
  const unsubscribeToken = (id: string) => subscriberToken(id, deps.secret);
  const verifyUnsubscribeToken = (token: string) => verifySubscriberToken(token, deps.secret);

  /** The welcome, or a letter of the sequence after it: a newsletter message with the reader's own leave links. */
  async function sendWelcomeLetter(tx: Executor, subscriber: Pick<Subscriber, "id" | "email" | "firstName">, letter: { subject: string; body: string }, coachName: string) {
    const links = subscriberLinks(deps.appUrl, subscriber.id, deps.secret);
    await deps.email.sendEmail({
      tx,
      kind: "newsletter",
      to: subscriber.email,
      template: "newsletter-welcome",
      props: { coachName, firstName: subscriber.firstName, subject: letter.subject, body: letter.body, appUrl: deps.appUrl, unsubscribeUrl: links.preferencesUrl },
      headers: listHeaders(links.oneClickUrl, deps.appUrl),
    });
  }

  return {
    unsubscribeToken,

    /** The welcome email as the coach wrote it (or the default), and saving her words. */
    welcome: () => loadWelcome(deps.db),
    saveWelcome: (welcome: Parameters<typeof saveWelcome>[1]) => saveWelcome(deps.db, welcome),

    /** The welcome sequence after the first welcome, in the order readers get it. */
    followUps: () => listFollowUps(deps.db),
    addFollowUp: (input: z.infer<typeof followUpSchema>) => insertFollowUp(deps.db, input),
    removeFollowUp: (id: string) => deleteFollowUp(deps.db, id),

    /**
     * One letter of the sequence, when its job comes due: never twice (a row per reader and
     * letter), never after the reader left or their address was suppressed.
     */
    async sendFollowUp(job: FollowUpJob): Promise<FollowUpOutcome> {
      const at = now();
      const coachName = await deps.coachName();
      return deps.db.transaction(async (tx): Promise<FollowUpOutcome> => {
        const subscriber = await lockSubscriber(tx, job.subscriberId);
        if (!subscriber || subscriber.status !== "confirmed") return "stopped";
        if ((await findActiveSuppressions(tx, [subscriber.email], at)).size > 0) return "stopped";
        const followUp = await findFollowUp(tx, job.followUpId);
        if (!followUp) return "gone";
        if (!(await recordDelivery(tx, subscriber.id, followUp.id, at))) return "already-sent";
        await sendWelcomeLetter(tx, subscriber, followUp, coachName);
        return "sent";
      });
    },

    async subscribe(input: Omit<SubscribeInput, "website">, ip: string): Promise<void> {
      const at = now();
      const token = randomBytes(32).toString("base64url");
      const coachName = await deps.coachName();
      await deps.db.transaction(async (tx) => {
        const existing = await lockSubscriberByEmail(tx, input.email);
        if (existing?.status === "confirmed") return; // already a reader: nothing to send, nothing to reveal
        const values = {
          status: "pending" as const,
          firstName: input.firstName ?? existing?.firstName ?? null,
          source: input.source,
          consentText: CONSENT_TEXT,
          ipHash: sha256(`${deps.secret}:${ip}`),
          signedUpAt: at,
          confirmTokenHash: sha256(token),
          confirmExpiresAt: new Date(at.getTime() + CONFIRM_TTL_MS),
        };
        if (existing) await updateSubscriber(tx, existing.id, values);
        else await insertSubscriber(tx, { email: input.email, ...values });
        await deps.email.sendEmail({
          tx,
          to: input.email,
          template: "newsletter-confirm",
          props: { coachName, confirmUrl: `${deps.appUrl}/api/newsletter/confirm?token=${token}`, firstName: values.firstName },
        });
      });
    },

    async confirm(token: string): Promise<"confirmed" | "already-confirmed" | "expired" | "invalid"> {
      const at = now();
      const coachName = await deps.coachName();
      return deps.db.transaction(async (tx) => {
        const subscriber = await lockSubscriberByConfirmHash(tx, sha256(token));
        if (!subscriber) return "invalid";
        // The link opened again (from another device, or the same mail twice): the reader is told
        // they are on the list, and nothing happens twice. Leaving clears the hash, so after an
        // unsubscribe the old link no longer signs anyone up.
        if (subscriber.status === "confirmed") return "already-confirmed";
        if (!subscriber.confirmExpiresAt || subscriber.confirmExpiresAt < at) return "expired";
        await updateSubscriber(tx, subscriber.id, { status: "confirmed", confirmedAt: at, unsubscribedAt: null, confirmExpiresAt: null });
        // A suppressed address (it bounced or complained) gets no marketing mail, welcome included.
        if ((await findActiveSuppressions(tx, [subscriber.email], at)).size > 0) return "confirmed";
        for (const followUp of await listFollowUps(tx)) {
          await deps.scheduleFollowUp(tx, { subscriberId: subscriber.id, followUpId: followUp.id }, new Date(at.getTime() + followUp.delayDays * 86_400_000));
        }
        await sendWelcomeLetter(tx, subscriber, await loadWelcome(tx), coachName);
        return "confirmed";
      });
    },

    /** One click, idempotent: a second request, or one for an address already gone, is fine too. */
    async unsubscribe(token: string): Promise<boolean> {
      const id = verifyUnsubscribeToken(token);
      if (!id) return false;
      return updateSubscriber(deps.db, id, { status: "unsubscribed", unsubscribedAt: now(), confirmTokenHash: null, confirmExpiresAt: null });
    },

    /**
     * Back on the list from the preferences page. Only for someone who confirmed before: the token
     * came in a newsletter, which proves the inbox; a never-confirmed address signs up again.
     */
    async resubscribe(token: string): Promise<"resubscribed" | "needs-signup" | "invalid"> {
      const id = verifyUnsubscribeToken(token);
      if (!id) return "invalid";
      const row = await findSubscriber(deps.db, id);
      if (!row) return "invalid";
      if (!row.confirmedAt) return "needs-signup";
      await updateSubscriber(deps.db, id, { status: "confirmed", unsubscribedAt: null });
      return "resubscribed";
    },

    async findByUnsubscribeToken(token: string) {
      const id = verifyUnsubscribeToken(token);
      if (!id) return null;
      return findSubscriber(deps.db, id);
    },
  };
}

export type NewsletterService = ReturnType<typeof createNewsletterService>;
