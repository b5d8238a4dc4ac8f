import Stripe from "stripe";
import { checkoutIdempotencyKey, type CheckoutRequest, type PaymentProvider } from "../provider";

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
  const instalments = request.plan.kind === "instalments" ? request.plan.count : null;
  const tax = request.tax.collect
    ? {
        automatic_tax: { enabled: true },
        billing_address_collection: "required" as const,
        tax_id_collection: { enabled: true },
      }
    : {};
  const common = {
    client_reference_id: request.orderId,
    metadata,
    ...(request.customerEmail ? { customer_email: request.customerEmail } : {}),
    success_url: request.successUrl,
    cancel_url: request.cancelUrl,
    ...tax,
  };
  const priceData = {
    currency: request.currency,
    unit_amount: request.amount,
    ...(request.tax.collect ? { tax_behavior: request.tax.pricesIncludeTax ? ("inclusive" as const) : ("exclusive" as const) } : {}),
  };

  if (instalments !== null) {
    return {
      ...common,
      mode: "subscription",
      line_items: [
        {
          quantity: 1,
          price_data: {
            ...priceData,
            recurring: { interval: "month" },
            product_data: { name: `${request.course.title} (${instalments} monthly payments)` },
          },
        },
      ],
      // Copied onto every invoice of the plan (parent.subscription_details.metadata): each names its order.
      subscription_data: { metadata, description: `${request.course.title}: ${instalments} monthly payments` },
    };
  }

  return {
    ...common,
    mode: "payment",
    line_items: [{ quantity: 1, price_data: { ...priceData, product_data: { name: request.course.title } } }],
    // Copied onto the payment, so refunds and disputes in the Stripe dashboard name the order too.
    payment_intent_data: { metadata },
    allow_promotion_codes: true,
    // Tax ids are kept on a customer; a guest checkout makes one only when asked to.
    ...(request.tax.collect || request.issueInvoice ? { customer_creation: "always" as const } : {}),
    ...(request.issueInvoice ? { invoice_creation: { enabled: true, invoice_data: { metadata, description: request.course.title } } } : {}),
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
      await stripe.refunds.create({ payment_intent: paymentIntentId }, { idempotencyKey: `refund-${orderId}-${paymentIntentId}` });
    },
    async cancelSubscription({ subscriptionId }) {
      try {
        await stripe.subscriptions.cancel(subscriptionId);
      } catch (error) {
        // Already cancelled (by Stripe after its retries, or in the dashboard): the end we wanted.
        if (error instanceof Stripe.errors.StripeInvalidRequestError && /cancel/i.test(error.message)) return;
        throw error;
      }
    },
    // Stripe's customer portal, for the plan's customer: change the card, or cancel (the portal's
    // configuration in the dashboard says what it offers; cancelling ends the subscription, and
    // its customer.subscription.deleted event pauses access as for any stopped plan).
    async customerPortalUrl({ subscriptionId, returnUrl }) {
      const subscription = await stripe.subscriptions.retrieve(subscriptionId);
      const customer = typeof subscription.customer === "string" ? subscription.customer : subscription.customer.id;
      const session = await stripe.billingPortal.sessions.create({ customer, return_url: returnUrl });
      return session.url;
    },
  };
}
