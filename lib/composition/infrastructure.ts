import path from "node:path";
import type { Executor } from "@/db/connect";
import { localTransport, resendTransport, type EmailTransport } from "@/lib/email/transport";
import { localDiskStorage } from "@/lib/platform/storage/local-disk";
import { postgresStorage } from "@/lib/platform/storage/postgres-storage";
import type { FileStorage } from "@/lib/platform/storage/storage";
import { paymentMode, stripeWebhookSecret, type Env } from "@/lib/platform/env";
import { createLocalProvider, type LocalProviderConfig } from "@/lib/payments/local-provider/provider";
import type { PaymentProvider } from "@/lib/payments/provider";
import { createStripeClient, createStripeProvider } from "@/lib/payments/stripe/provider";

/** Resend when RESEND_API_KEY is set; otherwise the local transport, which only records. */
/** Uploaded pictures: in PostgreSQL, shared by every instance; on local disk when UPLOADS_STORAGE=disk. */
export function fileStorageFor(config: Env, db: Executor): FileStorage {
  return config.UPLOADS_STORAGE === "disk" ? localDiskStorage(path.resolve(config.UPLOADS_DIR)) : postgresStorage(db);
}

export function emailTransportFor(config: Env): EmailTransport {
  return config.RESEND_API_KEY ? resendTransport(config.RESEND_API_KEY) : localTransport;
}

/** The local provider's settings; null unless payments run locally (see paymentMode). */
export function localPaymentConfigFor(config: Env): LocalProviderConfig | null {
  const secret = stripeWebhookSecret(config);
  if (paymentMode(config) !== "local" || !secret) return null;
  return { appUrl: config.APP_URL, webhookSecret: secret };
}

/** Stripe when STRIPE_SECRET_KEY is set, the local stand-in where allowed, else none. */
export function paymentProviderFor(config: Env): PaymentProvider | null {
  if (paymentMode(config) === "stripe") return createStripeProvider(createStripeClient(config.STRIPE_SECRET_KEY!, config.STRIPE_API_URL));
  const local = localPaymentConfigFor(config);
  return local ? createLocalProvider(local) : null;
}
