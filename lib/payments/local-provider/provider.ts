import { createHash } from "node:crypto";
import type { Database, Executor } from "@/db/connect";
import {
  chargeRefundedEvent,
  checkoutSessionEvent,
  invoiceEvent,
  invoicePaymentPaidEvent,
  localId,
  subscriptionDeletedEvent,
  type CheckoutEventType,
  type LocalInvoiceFacts,
  type LocalSessionFacts,
} from "./events";
import { localDiscount } from "./promotion-codes";
import { LOCAL_TAX_RATES, localTax } from "./tax";
import { findLocalInvoice } from "../plans/queries";
import type { PaymentProvider } from "../provider";
import { findOrder, findOrderBySession, findOrderBySessionId, findPaymentSettings } from "../queries";
import { signWebhookPayload } from "../stripe/signature";

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
    async createCheckoutSession(request) {
      const id = localId("cs");
      // Stripe keeps customer_email on its session and shows it filled in; this stand-in keeps no
      // state, so the prefill travels in the address of its page.
      const prefill = request.customerEmail ? `?email=${encodeURIComponent(request.customerEmail)}` : "";
      return { id, url: `${config.appUrl}/checkout/local/${id}${prefill}` };
    },
    async retrieveCheckoutSession() {
      return null;
    },
    async refund({ paymentIntentId, amount }) {
      await postLocalEvent(config, chargeRefundedEvent({ paymentIntentId, amount }, new Date()));
    },
    async cancelSubscription({ orderId, subscriptionId }) {
      await postLocalEvent(config, subscriptionDeletedEvent({ subscriptionId, orderId }, new Date()));
    },
    // Stands in for Stripe's customer portal: a page of this site that plays its part.
    async customerPortalUrl({ orderId }) {
      return `${config.appUrl}/checkout/local/portal/${orderId}`;
    },
  };
}

export type LocalCheckoutAction = "pay" | "fail";

export interface LocalCheckoutInput {
  sessionId: string;
  action: LocalCheckoutAction;
  email: string;
  /** With tax on: the billing country (ISO 3166 alpha-2) and an optional tax id, as Stripe's page asks. */
  country?: string | null;
  taxId?: string | null;
  /** A promotion code typed on the page (local-promotion-codes.ts). */
  promotionCode?: string | null;
  /** The checkout cookie of the browser posting (browser-binding.ts): only the browser that started the checkout may finish it. */
  browserBinding: string | null;
}

const localInvoiceUrl = (config: LocalProviderConfig, invoiceId: string) => `${config.appUrl}/checkout/local/invoices/${invoiceId}`;

/** Posts "this invoice was paid" the way Stripe does: the invoice, then which payment paid it. */
async function postPaidInvoice(config: LocalProviderConfig, facts: LocalInvoiceFacts, now: Date) {
  await postLocalEvent(config, invoiceEvent("invoice.paid", facts, now));
  await postLocalEvent(config, invoicePaymentPaidEvent({ invoiceId: facts.invoiceId, paymentIntentId: localId("pi"), amount: facts.amount, currency: facts.currency }, now));
}

/**
 * The buttons on /checkout/local/[session]. Returns where to send the buyer next, or an error to
 * show; the order is only ever changed by the webhook the events are posted to. A plan's checkout
 * posts what Stripe posts for subscription mode: the completed session, then its first invoice.
 */
export async function completeLocalCheckout(
  db: Executor,
  config: LocalProviderConfig,
  input: LocalCheckoutInput,
  now: Date,
): Promise<{ ok: true; redirectTo: string } | { ok: false; message: string }> {
  const order = await findOrderBySessionId(db, input.sessionId);
  if (!order || order.provider !== "local") return { ok: false, message: "This test checkout does not exist." };
  if (order.status !== "pending") return { ok: false, message: "This checkout is already finished." };
  // A session id seen in a URL (history, a shared screen) is not the checkout: the browser that started it holds its cookie.
  if (order.browserBindingHash && (!input.browserBinding || createHash("sha256").update(input.browserBinding).digest("hex") !== order.browserBindingHash)) {
    return { ok: false, message: "This test checkout was started in another browser. Start again from the course page." };
  }
  const settings = await findPaymentSettings(db);
  // Stripe's page will not take a payment without the billing address when tax is on; nor does this one.
  if (settings.collectTax && input.action === "pay" && !(input.country && input.country in LOCAL_TAX_RATES)) return { ok: false, message: "Choose your billing country from the list: tax is worked out from it." };
  const country = settings.collectTax ? (input.country ?? null) : null;
  const plan = order.plan === "instalments";
  const promotion = localDiscount(order.amount, input.promotionCode, plan);
  if (!promotion.ok) return { ok: false, message: promotion.message };
  const discounted = order.amount - promotion.discount;
  const amountTax = settings.collectTax ? localTax(discounted, country, settings.pricesIncludeTax) : 0;
  const charged = discounted + (settings.pricesIncludeTax ? 0 : amountTax);
  const invoiceId = plan || settings.issueInvoices ? localId("in") : null;
  const subscriptionId = plan ? localId("sub") : null;
  const paid = input.action === "pay";
  const facts: LocalSessionFacts = {
    sessionId: input.sessionId,
    orderId: order.id,
    courseId: order.courseId,
    amount: order.amount,
    currency: order.currency,
    email: input.email,
    paymentIntentId: plan ? null : localId("pi"),
    paymentStatus: paid ? "paid" : "unpaid",
    subscriptionId: paid ? subscriptionId : null,
    invoiceId: paid ? invoiceId : null,
    amountTax,
    taxExclusive: !settings.pricesIncludeTax,
    country,
    taxIds: settings.collectTax && input.taxId ? [{ type: "eu_vat", value: input.taxId }] : [],
    discount: promotion.discount,
  };
  const type: CheckoutEventType = paid ? "checkout.session.completed" : "checkout.session.async_payment_failed";
  await postLocalEvent(config, checkoutSessionEvent(type, facts, now));
  if (paid && invoiceId) {
    await postPaidInvoice(
      config,
      { invoiceId, orderId: order.id, courseId: order.courseId, amount: charged, currency: order.currency, subscriptionId, hostedUrl: localInvoiceUrl(config, invoiceId) },
      now,
    );
  }
  // Both outcomes land where Stripe would send the buyer; the page reads the order's new state.
  return { ok: true, redirectTo: `/checkout/success?session_id=${encodeURIComponent(input.sessionId)}` };
}

/**
 * What Stripe's billing does to a plan over the following months, on demand: collect the next
 * instalment, decline it (Stripe will retry), decline its last retry, or the learner paying the
 * open invoice on its page. Development and tests only, like the rest of the local provider.
 */
export type LocalBillingStep = "pay-next" | "decline" | "decline-final" | "pay-open" | "stop";

/**
 * Who may run test billing on a plan (pure). Only its buyer, signed in on this site (the course
 * session the checkout opened counts): it changes their access. Paying the open invoice is also
 * open to whoever holds that invoice's own address, as Stripe's hosted invoice page is.
 */
export function mayRunTestBilling(input: { orderUserId: string | null; openInvoiceId: string | null; step: LocalBillingStep; actorUserId: string | null; invoiceId: string | null }): boolean {
  if (input.actorUserId !== null && input.orderUserId !== null && input.actorUserId === input.orderUserId) return true;
  return input.step === "pay-open" && input.invoiceId !== null && input.openInvoiceId !== null && input.invoiceId === input.openInvoiceId;
}

export async function runLocalBilling(
  db: Executor,
  config: LocalProviderConfig,
  input: { orderId: string; step: LocalBillingStep; actorUserId: string | null; invoiceId: string | null },
  now: Date,
): Promise<{ ok: true; message: string } | { ok: false; message: string }> {
  const order = await findOrder(db, input.orderId);
  if (!order || order.provider !== "local" || order.plan !== "instalments" || !order.subscriptionId) return { ok: false, message: "This is not a test payment plan." };
  // Someone else's plan gets the same answer as none at all.
  if (!mayRunTestBilling({ orderUserId: order.userId, openInvoiceId: order.openInvoiceId, step: input.step, actorUserId: input.actorUserId, invoiceId: input.invoiceId })) {
    return { ok: false, message: "This is not a test payment plan." };
  }
  if (order.subscriptionEndedAt) return { ok: false, message: "This plan has ended: there is nothing left to collect." };
  // The buyer stops the plan in the stand-in for Stripe's customer portal: Stripe then ends the subscription.
  if (input.step === "stop") {
    await postLocalEvent(config, subscriptionDeletedEvent({ subscriptionId: order.subscriptionId, orderId: order.id }, now));
    return { ok: true, message: "The plan was stopped." };
  }
  if (input.step === "pay-open" && !order.openInvoiceId) return { ok: false, message: "There is no unpaid instalment to pay." };
  // Stripe stops billing a plan that is paid off, refunded or erased (the sweep cancels it); so does this stand-in.
  if (input.step !== "pay-open" && order.subscriptionEndRequestedAt) return { ok: false, message: "This plan is paid off or ending: there is nothing more to collect." };
  const settings = await findPaymentSettings(db);
  const tax = settings.collectTax && !settings.pricesIncludeTax ? localTax(order.amount, order.billingCountry, false) : 0;
  const invoiceId = input.step === "pay-next" ? localId("in") : (order.openInvoiceId ?? localId("in"));
  const facts: LocalInvoiceFacts = {
    invoiceId,
    orderId: order.id,
    courseId: order.courseId,
    amount: order.amount + tax,
    currency: order.currency,
    subscriptionId: order.subscriptionId,
    hostedUrl: localInvoiceUrl(config, invoiceId),
  };
  if (input.step === "pay-next" || input.step === "pay-open") {
    await postPaidInvoice(config, facts, now);
    return { ok: true, message: "The instalment was paid." };
  }
  const final = input.step === "decline-final";
  await postLocalEvent(
    config,
    invoiceEvent("invoice.payment_failed", { ...facts, attemptCount: final ? 4 : 1, nextPaymentAttempt: final ? null : new Date(now.getTime() + 3 * 86_400_000) }, now),
  );
  return { ok: true, message: final ? "The last retry was declined." : "The instalment was declined; Stripe would try again in 3 days." };
}

/** The test checkout page and its buttons, for the composition root (null when payments are not local). */
export function createLocalCheckout(db: Database, config: LocalProviderConfig) {
  return {
    /** The order behind a test session, as the page shows it, with the settings that shape the page. */
    view: async (sessionId: string) => {
      const found = await findOrderBySession(db, sessionId);
      return found ? { ...found, settings: await findPaymentSettings(db) } : null;
    },
    complete: (input: LocalCheckoutInput, now: Date) => completeLocalCheckout(db, config, input, now),
    billing: (input: { orderId: string; step: LocalBillingStep; actorUserId: string | null; invoiceId: string | null }, now: Date) => runLocalBilling(db, config, input, now),
    /** The buyer's own plan, for the stand-in of Stripe's customer portal; null for anyone else's. */
    plan: async (orderId: string, userId: string) => {
      const order = await findOrder(db, orderId);
      return order && order.provider === "local" && order.plan === "instalments" && order.userId === userId ? order : null;
    },
    /** One invoice for the stand-in of Stripe's hosted invoice page. */
    invoice: (invoiceId: string) => findLocalInvoice(db, invoiceId),
  };
}
