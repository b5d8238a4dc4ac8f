import type { PaymentDeps } from "../context";
import { verifyWebhookEvent } from "./signature";
import { WEBHOOK_HANDLERS } from "./webhook-handlers";
import { claimPaymentEvent, recordPaymentEventOutcome } from "../queries";

export interface WebhookResponse {
  status: number;
  body: { received: boolean; outcome?: string; error?: string };
}

/**
 * Stripe's webhook: verify the signature on the raw body, then record the event id and run its
 * handler in one transaction. A repeat (Stripe retries, or twenty copies at once) finds the id
 * already there and does nothing; a handler that throws rolls everything back and Stripe retries.
 */
export function createWebhookService(deps: PaymentDeps & { webhookSecret: string }) {
  const now = deps.now ?? (() => new Date());
  return {
    async handle(rawBody: string, signatureHeader: string | null): Promise<WebhookResponse> {
      const verified = verifyWebhookEvent(rawBody, signatureHeader, deps.webhookSecret, now().getTime());
      if (!verified.ok) return { status: 400, body: { received: false, error: verified.message } };
      const { event } = verified;
      // Signed, but still outside input: an id we could not store (a NUL, a megabyte) is refused, not a 500.
      if (!/^evt_[A-Za-z0-9_]{1,250}$/.test(event.id)) return { status: 400, body: { received: false, error: "The event id is not one Stripe would send." } };
      const handler = WEBHOOK_HANDLERS[event.type];

      return deps.db.transaction(async (tx) => {
        if (!(await claimPaymentEvent(tx, event))) return { status: 200, body: { received: true, outcome: "duplicate" } };
        const outcome = handler
          ? await handler({ tx, deps, eventId: event.id, object: event.data?.object, now: now() })
          : "ignored: event type not handled";
        await recordPaymentEventOutcome(tx, event.id, outcome);
        return { status: 200, body: { received: true, outcome } };
      });
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
