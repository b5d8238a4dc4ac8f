import Stripe from "stripe";
import { checkoutIdempotencyKey, type CheckoutRequest, type PaymentProvider } from "./provider";

/** A Stripe client; `apiUrl` points it at another origin (stripe-mock, a recording test server). */
export function createStripeClient(secretKey: string, apiUrl?: string): Stripe {
  const target = apiUrl ? new URL(apiUrl) : undefined;
  return new Stripe(secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    ...(target
      ? {
          host: target.hostname,
          port: target.port ? Number(target.port) : target.protocol === "https:" ? 443 : 80,
          protocol: target.protocol.replace(":", "") as "http" | "https",
        }
      : {}),
  });
}

export function checkoutSessionParams(request: CheckoutRequest): Stripe.Checkout.SessionCreateParams {
  const metadata = { order_id: request.orderId, course_id: request.course.id };
  return {
    mode: "payment",
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: request.currency,
          unit_amount: request.amount,
          product_data: { name: request.course.title },
        },
      },
    ],
    client_reference_id: request.orderId,
    metadata,
    // Copied onto the payment, so refunds and disputes in the Stripe dashboard name the order too.
    payment_intent_data: { metadata },
    ...(request.customerEmail ? { customer_email: request.customerEmail } : {}),
    allow_promotion_codes: true,
    success_url: request.successUrl,
    cancel_url: request.cancelUrl,
  };
}

export function createStripeProvider(stripe: Stripe): PaymentProvider {
  return {
    name: "stripe",
    async createCheckoutSession(request) {
      const session = await stripe.checkout.sessions.create(checkoutSessionParams(request), {
        idempotencyKey: checkoutIdempotencyKey(request.orderId),
      });
      if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL.`);
      return { id: session.id, url: session.url };
    },
    async retrieveCheckoutSession(sessionId) {
      return stripe.checkout.sessions.retrieve(sessionId);
    },
    async refund({ orderId, paymentIntentId }) {
      await stripe.refunds.create({ payment_intent: paymentIntentId }, { idempotencyKey: `refund-${orderId}` });
    },
  };
}
