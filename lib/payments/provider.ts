/**
 * What the app needs from a payment provider. Stripe in production; a local stand-in for
 * development and tests that posts the same signed events, so fulfilment has one code path.
 */
export interface CheckoutRequest {
  orderId: string;
  course: { id: string; title: string };
  amount: number;
  currency: string;
  customerEmail: string | null;
  successUrl: string;
  cancelUrl: string;
  /** Paid at once, or `count` monthly payments of `amount` (Checkout in subscription mode, ended by us after the last). */
  plan: { kind: "full" } | { kind: "instalments"; count: number };
  /** Stripe Tax: collect the billing address and tax ids and let Stripe work out the tax. */
  tax: { collect: boolean; pricesIncludeTax: boolean };
  /** An invoice for a one-time payment (a plan's payments always have one). */
  issueInvoice: boolean;
}

export interface PaymentProvider {
  readonly name: "stripe" | "local";
  createCheckoutSession(request: CheckoutRequest): Promise<{ id: string; url: string }>;
  /** The session as the provider sees it now (raw JSON), or null when it keeps no record of its own. */
  retrieveCheckoutSession(sessionId: string): Promise<unknown>;
  /** Refunds the whole payment; access is revoked when the provider's refund event arrives. */
  refund(input: { orderId: string; paymentIntentId: string; amount: number }): Promise<void>;
  /** Stops a payment plan's subscription now: after its last instalment, or when it was refunded. */
  cancelSubscription(input: { orderId: string; subscriptionId: string }): Promise<void>;
  /** A page of the provider's where the buyer changes their plan's card or stops it, coming back to `returnUrl`. */
  customerPortalUrl(input: { orderId: string; subscriptionId: string; returnUrl: string }): Promise<string>;
}

/** Stripe's {CHECKOUT_SESSION_ID} placeholder is filled in by Stripe (and by the local provider). */
export const CHECKOUT_SESSION_PLACEHOLDER = "{CHECKOUT_SESSION_ID}";

export function checkoutUrls(appUrl: string, courseSlug: string) {
  return {
    successUrl: `${appUrl}/checkout/success?session_id=${CHECKOUT_SESSION_PLACEHOLDER}`,
    cancelUrl: `${appUrl}/checkout/cancelled?course=${encodeURIComponent(courseSlug)}`,
  };
}

/** One key per order: a retried request (ours or the SDK's) can never open a second session. */
export function checkoutIdempotencyKey(orderId: string): string {
  return `checkout-session-${orderId}`;
}
