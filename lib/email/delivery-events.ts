import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { z } from "zod";
import type { Database } from "@/db/connect";
import {
  countActiveSuppressions,
  countSoftBounces,
  findOutboxIdByProviderId,
  insertDeliveryEvent,
  liftSuppression,
  listActiveSuppressions,
  findActiveSuppressions,
  updateDeliveryStatus,
  upsertSuppression,
} from "./suppression-queries";
import { deliveryStatusOf, SOFT_BOUNCE_WINDOW_DAYS, suppressionFor, TRACKED_EVENTS, type TrackedEvent } from "./suppression-rules";

/** Resend's event, as far as we read it (https://resend.com/docs/dashboard/webhooks/event-types). */
const eventSchema = z.object({
  type: z.string().max(100),
  created_at: z.iso.datetime({ offset: true }),
  data: z.looseObject({
    email_id: z.string().min(1).max(200),
    // Addresses, possibly written "Name <address>": an event we cannot read would be redelivered for a day.
    to: z.array(z.string().max(400)).min(1).max(50),
    bounce: z.looseObject({ type: z.string().max(50), subType: z.string().max(100).optional(), message: z.string().max(2000).optional() }).optional(),
  }),
});

export interface SignatureHeaders {
  id: string | null;
  timestamp: string | null;
  signature: string | null;
}

export type WebhookAnswer = { status: 200 | 400; body: { received: boolean; outcome?: string; error?: string } };

export interface DeliveryEventDeps {
  db: Database;
  /** `whsec_…`: Resend's signing secret for this endpoint. */
  webhookSecret: string;
  now?: () => Date;
}

const DAY = 86_400_000;

/** "Sam <Sam@Example.com>" or "sam@example.com" → "sam@example.com"; null for anything else. */
export function recipientAddress(to: string): string | null {
  const address = (/<([^<>]+)>\s*$/.exec(to)?.[1] ?? to).trim().toLowerCase();
  return z.email().safeParse(address).success ? address : null;
}
// Control characters from a provider's bounce text never reach the database.
const clean = (text: string | undefined) => (text ?? "").replace(/[\u0000-\u001f\u007f]/g, " ").trim().slice(0, 500);

/**
 * Resend's delivery events: verified byte for byte (Standard Webhooks, the scheme Svix signs
 * with), recorded once per event id against our outbox message, and turned into suppressions.
 * Suppression is keyed by the recipient address, so it also covers mail sent before the outbox
 * kept provider ids.
 */
export function createDeliveryEventService(deps: DeliveryEventDeps) {
  const now = deps.now ?? (() => new Date());
  const verifier = new Webhook(deps.webhookSecret);

  async function record(eventId: string, event: z.infer<typeof eventSchema> & { type: TrackedEvent }): Promise<"recorded" | "duplicate"> {
    const occurredAt = new Date(event.created_at);
    const bounceType = event.data.bounce?.type ?? null;
    const detail = clean(event.data.bounce?.message ?? event.data.bounce?.subType);
    return deps.db.transaction(async (tx) => {
      const outboxId = await findOutboxIdByProviderId(tx, event.data.email_id);
      let recorded = false;
      for (const [index, to] of event.data.to.entries()) {
        const address = recipientAddress(to);
        if (!address) continue;
        const row = await insertDeliveryEvent(tx, { id: index ? `${eventId}:${index}` : eventId, type: event.type, address, providerMessageId: event.data.email_id, outboxId, bounceType, detail, occurredAt });
        if (!row) continue;
        recorded = true;
        const softBounces = event.type === "email.bounced" && bounceType !== "Permanent" ? await countSoftBounces(tx, address, new Date(occurredAt.getTime() - SOFT_BOUNCE_WINDOW_DAYS * DAY)) : 0;
        const suppression = suppressionFor({ type: event.type, bounceType, occurredAt }, softBounces);
        if (suppression) await upsertSuppression(tx, { address, reason: suppression.reason, until: suppression.until, detail, at: occurredAt });
      }
      if (recorded && outboxId) await updateDeliveryStatus(tx, outboxId, deliveryStatusOf(event.type), occurredAt);
      return recorded ? "recorded" : "duplicate";
    });
  }

  return {
    /** One webhook delivery: 400 and nothing written unless the signature holds and is fresh (5 minutes). */
    async handle(body: string, headers: SignatureHeaders): Promise<WebhookAnswer> {
      if (!headers.id || !headers.timestamp || !headers.signature) return { status: 400, body: { received: false, error: "The svix-id, svix-timestamp and svix-signature headers are required." } };
      let payload: unknown;
      try {
        payload = verifier.verify(body, { "webhook-id": headers.id, "webhook-timestamp": headers.timestamp, "webhook-signature": headers.signature });
      } catch (error) {
        if (error instanceof WebhookVerificationError) return { status: 400, body: { received: false, error: `The signature could not be verified: ${error.message}.` } };
        throw error;
      }
      const parsed = eventSchema.safeParse(payload);
      if (!parsed.success) return { status: 400, body: { received: false, error: "The event is not a Resend email event." } };
      if (!(TRACKED_EVENTS as readonly string[]).includes(parsed.data.type)) return { status: 200, body: { received: true, outcome: "ignored" } };
      const outcome = await record(headers.id.slice(0, 200), parsed.data as z.infer<typeof eventSchema> & { type: TrackedEvent });
      return { status: 200, body: { received: true, outcome } };
    },

    /** Addresses that get no newsletter now (the rest of `addresses` may be mailed). */
    suppressedAmong: (addresses: string[]) => findActiveSuppressions(deps.db, addresses.map((address) => address.toLowerCase()), now()),
    listSuppressed: () => listActiveSuppressions(deps.db, now()),
    countSuppressed: () => countActiveSuppressions(deps.db, now()),
    /** The coach lifts a suppression (the reader fixed their mailbox); soft bounces before it no longer count. */
    lift: (address: string) => liftSuppression(deps.db, address.toLowerCase(), now()),
  };
}

export type DeliveryEventService = ReturnType<typeof createDeliveryEventService>;
