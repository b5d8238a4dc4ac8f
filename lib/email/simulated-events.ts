import { randomUUID } from "node:crypto";
import { Webhook } from "standardwebhooks";

/**
 * Resend's delivery events, made and signed here the way Resend (through Svix) makes and signs
 * them: what the local mailbox's "simulate" buttons send to our own webhook, so development and
 * the end-to-end tests go through the same verification as production.
 */
export const SIMULATED_EVENTS = {
  delivered: { type: "email.delivered" },
  delayed: { type: "email.delivery_delayed" },
  "soft-bounce": { type: "email.bounced", bounce: { type: "Transient", subType: "MailboxFull", message: "452 4.2.2 The recipient's mailbox is full." } },
  "hard-bounce": { type: "email.bounced", bounce: { type: "Permanent", subType: "General", message: "550 5.1.1 The email account that you tried to reach does not exist." } },
  complaint: { type: "email.complained" },
} as const;

export type SimulatedEvent = keyof typeof SIMULATED_EVENTS;

export function signedDeliveryEvent(secret: string, kind: SimulatedEvent, message: { providerMessageId: string; to: string; from: string; subject: string }, at = new Date()) {
  const { type, ...extra } = SIMULATED_EVENTS[kind];
  const id = `msg_${randomUUID()}`;
  const body = JSON.stringify({
    type,
    created_at: at.toISOString(),
    data: { email_id: message.providerMessageId, created_at: at.toISOString(), from: message.from, to: [message.to], subject: message.subject, ...extra },
  });
  return {
    body,
    headers: { "content-type": "application/json", "svix-id": id, "svix-timestamp": String(Math.floor(at.getTime() / 1000)), "svix-signature": new Webhook(secret).sign(id, at, body) },
  };
}
