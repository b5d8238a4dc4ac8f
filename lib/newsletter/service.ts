import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { subscribers } from "@/db/schema";
import type { EmailService } from "@/lib/email/service";
import { listHeaders } from "./headers";
import { CONSENT_TEXT, type SubscribeInput } from "./schema";

export const CONFIRM_TTL_MS = 48 * 60 * 60 * 1000;

export interface NewsletterDeps {
  db: Database;
  email: Pick<EmailService, "sendEmail">;
  appUrl: string;
  secret: string;
  coachName: () => Promise<string>;
  now?: () => Date;
}

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/**
 * Double opt-in newsletter. `subscribe` answers the same for every existing state of an address,
 * so the form never reveals who is on the list; only the inbox owner can confirm.
 */
export function createNewsletterService(deps: NewsletterDeps) {
  const now = deps.now ?? (() => new Date());
  const sign = (id: string) => createHmac("sha256", deps.secret).update(`unsubscribe:${id}`).digest("base64url");
  /** `<id>.<hmac>`: verifiable without storing anything, valid for as long as the subscriber exists. */
  const unsubscribeToken = (id: string) => `${id}.${sign(id)}`;
  const unsubscribeUrl = (id: string) => `${deps.appUrl}/api/newsletter/unsubscribe/${unsubscribeToken(id)}`;

  function verifyUnsubscribeToken(token: string): string | null {
    const [id, signature] = token.split(".");
    if (!id || !signature || !/^[0-9a-f-]{36}$/.test(id)) return null;
    const expected = Buffer.from(sign(id));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
  }

  return {
    unsubscribeToken,

    async subscribe(input: Omit<SubscribeInput, "website">, ip: string): Promise<void> {
      const at = now();
      const token = randomBytes(32).toString("base64url");
      const coachName = await deps.coachName();
      await deps.db.transaction(async (tx) => {
        const [existing] = await tx.select().from(subscribers).where(eq(subscribers.email, input.email)).for("update");
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
        if (existing) await tx.update(subscribers).set(values).where(eq(subscribers.id, existing.id));
        else await tx.insert(subscribers).values({ email: input.email, ...values });
        await deps.email.sendEmail({
          tx,
          to: input.email,
          template: "newsletter-confirm",
          props: { coachName, confirmUrl: `${deps.appUrl}/api/newsletter/confirm?token=${token}`, firstName: values.firstName },
        });
      });
    },

    async confirm(token: string): Promise<"confirmed" | "expired" | "invalid"> {
      const at = now();
      const coachName = await deps.coachName();
      return deps.db.transaction(async (tx) => {
        const [subscriber] = await tx.select().from(subscribers).where(eq(subscribers.confirmTokenHash, sha256(token))).for("update");
        if (!subscriber) return "invalid";
        if (!subscriber.confirmExpiresAt || subscriber.confirmExpiresAt < at) return "expired";
        await tx
          .update(subscribers)
          .set({ status: "confirmed", confirmedAt: at, unsubscribedAt: null, confirmTokenHash: null, confirmExpiresAt: null })
          .where(eq(subscribers.id, subscriber.id));
        await deps.email.sendEmail({
          tx,
          kind: "newsletter",
          to: subscriber.email,
          template: "newsletter-welcome",
          props: { coachName, firstName: subscriber.firstName, appUrl: deps.appUrl, unsubscribeUrl: `${deps.appUrl}/newsletter/unsubscribe/${unsubscribeToken(subscriber.id)}` },
          headers: listHeaders(unsubscribeUrl(subscriber.id), deps.appUrl),
        });
        return "confirmed";
      });
    },

    /** One click, idempotent: a second request, or one for an address already gone, is fine too. */
    async unsubscribe(token: string): Promise<boolean> {
      const id = verifyUnsubscribeToken(token);
      if (!id) return false;
      const [row] = await deps.db
        .update(subscribers)
        .set({ status: "unsubscribed", unsubscribedAt: now(), confirmTokenHash: null, confirmExpiresAt: null })
        .where(eq(subscribers.id, id))
        .returning({ id: subscribers.id });
      return Boolean(row);
    },

    async findByUnsubscribeToken(token: string) {
      const id = verifyUnsubscribeToken(token);
      if (!id) return null;
      const [row] = await deps.db.select().from(subscribers).where(eq(subscribers.id, id));
      return row ?? null;
    },
  };
}

export type NewsletterService = ReturnType<typeof createNewsletterService>;
