import type { Database, Executor } from "@/db/connect";
import { chargeRefundedEvent, checkoutSessionEvent, localId, type CheckoutEventType } from "./local-events";
import type { PaymentProvider } from "./provider";
import { findOrderBySession, findOrderBySessionId } from "./queries";
import { signWebhookPayload } from "./signature";

/**
 * The stand-in for Stripe when no key is set (development, tests; never a production server).
 * It keeps no state of its own: the checkout page reads the order, and every outcome is posted to
 * /api/stripe/webhook as a correctly signed Stripe event, so the real fulfilment path always runs.
 */

export interface LocalProviderConfig {
  appUrl: string;
  webhookSecret: string;
  /** Where events are posted; the app's own webhook unless a test points it elsewhere. */
  postEvent?: (rawBody: string, signature: string) => Promise<void>;
}

export function webhookPoster(appUrl: string) {
  return async (rawBody: string, signature: string) => {
    const response = await fetch(`${appUrl}/api/stripe/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signature },
      body: rawBody,
    });
    if (!response.ok) throw new Error(`The webhook answered ${response.status}: ${await response.text()}`);
  };
}

export async function postLocalEvent(config: LocalProviderConfig, event: { id: string }) {
  const rawBody = JSON.stringify(event);
  const post = config.postEvent ?? webhookPoster(config.appUrl);
  await post(rawBody, signWebhookPayload(rawBody, config.webhookSecret));
}

export function createLocalProvider(config: LocalProviderConfig): PaymentProvider {
  return {
    name: "local",
    async createCheckoutSession() {
      const id = localId("cs");
      return { id, url: `${config.appUrl}/checkout/local/${id}` };
    },
    async retrieveCheckoutSession() {
      return null;
    },
    async refund({ paymentIntentId, amount }) {
      await postLocalEvent(config, chargeRefundedEvent({ paymentIntentId, amount }, new Date()));
    },
  };
}

export type LocalCheckoutAction = "pay" | "fail";

/**
 * The buttons on /checkout/local/[session]. Returns where to send the buyer next, or an error to
 * show; the order is only ever changed by the webhook the event is posted to.
 */
export async function completeLocalCheckout(
  db: Executor,
  config: LocalProviderConfig,
  input: { sessionId: string; action: LocalCheckoutAction; email: string },
  now: Date,
): Promise<{ ok: true; redirectTo: string } | { ok: false; message: string }> {
  const order = await findOrderBySessionId(db, input.sessionId);
  if (!order || order.provider !== "local") return { ok: false, message: "This test checkout does not exist." };
  if (order.status !== "pending") return { ok: false, message: "This checkout is already finished." };
  const facts = {
    sessionId: input.sessionId,
    orderId: order.id,
    courseId: order.courseId,
    amount: order.amount,
    currency: order.currency,
    email: input.email,
    paymentIntentId: localId("pi"),
    paymentStatus: input.action === "pay" ? ("paid" as const) : ("unpaid" as const),
  };
  const type: CheckoutEventType = input.action === "pay" ? "checkout.session.completed" : "checkout.session.async_payment_failed";
  await postLocalEvent(config, checkoutSessionEvent(type, facts, now));
  // Both outcomes land where Stripe would send the buyer; the page reads the order's new state.
  return { ok: true, redirectTo: `/checkout/success?session_id=${encodeURIComponent(input.sessionId)}` };
}

/** The test checkout page and its buttons, for the composition root (null when payments are not local). */
export function createLocalCheckout(db: Database, config: LocalProviderConfig) {
  return {
    /** The order behind a test session, as the page shows it. */
    view: (sessionId: string) => findOrderBySession(db, sessionId),
    complete: (input: { sessionId: string; action: LocalCheckoutAction; email: string }, now: Date) => completeLocalCheckout(db, config, input, now),
  };
}
