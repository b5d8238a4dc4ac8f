/**
 * When an address stops getting mail, as a pure function of one delivery event and the soft
 * bounces before it. Gmail and Yahoo's bulk-sender rules (2024) punish senders who keep mailing
 * addresses that bounce or complain; Ghost and Buttondown suppress the same way.
 */

export const TRACKED_EVENTS = ["email.delivered", "email.delivery_delayed", "email.bounced", "email.complained"] as const;
export type TrackedEvent = (typeof TRACKED_EVENTS)[number];

export const SOFT_BOUNCES_TO_SUPPRESS = 3;
export const SOFT_BOUNCE_WINDOW_DAYS = 30;
const DAY = 86_400_000;

export interface DeliveryEvent {
  type: TrackedEvent;
  /** Resend's bounce.type: "Permanent", "Transient" or "Undetermined". */
  bounceType: string | null;
  occurredAt: Date;
}

export type Suppression = { reason: "hard-bounce" | "complaint"; until: null } | { reason: "soft-bounces"; until: Date };

/**
 * `softBounces`: soft bounces of this address in the last 30 days (since any lift), this one
 * included. A hard bounce or a complaint suppresses for good; the third soft bounce for 30 days.
 */
export function suppressionFor(event: DeliveryEvent, softBounces: number): Suppression | null {
  if (event.type === "email.complained") return { reason: "complaint", until: null };
  if (event.type !== "email.bounced") return null;
  if (event.bounceType === "Permanent") return { reason: "hard-bounce", until: null };
  if (softBounces >= SOFT_BOUNCES_TO_SUPPRESS) return { reason: "soft-bounces", until: new Date(event.occurredAt.getTime() + SOFT_BOUNCE_WINDOW_DAYS * DAY) };
  return null;
}

/** The delivery status a message shows, from the event's type. */
export function deliveryStatusOf(type: TrackedEvent): "delivered" | "delayed" | "bounced" | "complained" {
  return ({ "email.delivered": "delivered", "email.delivery_delayed": "delayed", "email.bounced": "bounced", "email.complained": "complained" } as const)[type];
}

export function describeSuppression(suppression: { reason: "hard-bounce" | "complaint" | "soft-bounces"; until: Date | null }): string {
  if (suppression.reason === "complaint") return "marked a letter as spam";
  if (suppression.reason === "hard-bounce") return "the address bounced (it does not exist or refuses mail)";
  return `bounced ${SOFT_BOUNCES_TO_SUPPRESS} times in ${SOFT_BOUNCE_WINDOW_DAYS} days (a full mailbox or a busy server)`;
}
