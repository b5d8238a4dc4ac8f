import "server-only";
import path from "node:path";
import { revalidateTag } from "next/cache";
import type PgBoss from "pg-boss";
import { getDb } from "@/db/client";
import { createEmailService, type EmailService } from "@/lib/email/service";
import { localTransport, resendTransport, type EmailTransport } from "@/lib/email/transport";
import { cacheTags } from "@/lib/cache/tags";
import { env } from "@/lib/env";
import { createBoss } from "@/lib/jobs/boss";
import { createRateLimiter, type RateLimiter } from "@/lib/rate-limit/limiter";
import { localDiskStorage } from "@/lib/storage/local-disk";
import type { FileStorage } from "@/lib/storage/storage";
import { bookingServiceFor } from "@/lib/booking/wiring";
import { createNewsletterService } from "@/lib/newsletter/service";
import { broadcastServiceFor } from "@/lib/newsletter/wiring";
import { findCoachProfile } from "@/lib/site/queries";
import { paymentMode, stripeWebhookSecret } from "@/lib/env";
import type { PaymentDeps } from "@/lib/payments/context";
import { createCheckoutService } from "@/lib/payments/checkout-service";
import { createLocalProvider, type LocalProviderConfig } from "@/lib/payments/local-provider";
import type { PaymentProvider } from "@/lib/payments/provider";
import { createStripeClient, createStripeProvider } from "@/lib/payments/stripe-provider";
import { createWebhookService } from "@/lib/payments/webhook-service";
import { createLearningService } from "@/lib/course/learning-service";
import { createCourseAdminService } from "@/lib/course/admin-service";
import { createOrderAdminService } from "@/lib/payments/admin-service";

/**
 * Process-wide instances, wired from the environment: the one place that knows how production
 * is put together. Services themselves take their dependencies, so tests wire their own.
 * Kept on globalThis so dev-mode reloads reuse them instead of opening new pools.
 */
const globalRuntime = globalThis as unknown as {
  __coachBoss?: Promise<PgBoss>;
  __coachRateLimiter?: RateLimiter;
};

function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set; start the app with npm run dev or npm start.");
  return url;
}

export function getBoss(): Promise<PgBoss> {
  globalRuntime.__coachBoss ??= createBoss(databaseUrl()).catch((error: unknown) => {
    globalRuntime.__coachBoss = undefined; // let the next caller try again
    throw error;
  });
  return globalRuntime.__coachBoss;
}

export function emailTransport(): EmailTransport {
  const key = env().RESEND_API_KEY;
  return key ? resendTransport(key) : localTransport;
}

export async function getEmailService(): Promise<EmailService> {
  const config = env();
  return createEmailService({
    db: getDb(),
    boss: await getBoss(),
    transport: emailTransport(),
    from: { transactional: config.EMAIL_FROM, newsletter: config.NEWSLETTER_FROM },
  });
}

export function getRateLimiter(): RateLimiter {
  globalRuntime.__coachRateLimiter ??= createRateLimiter(databaseUrl());
  return globalRuntime.__coachRateLimiter;
}

let storage: FileStorage | undefined;

/** Uploaded files: local disk under .data/uploads (see lib/storage for other backends). */
export function getFileStorage(): FileStorage {
  storage ??= localDiskStorage(path.resolve(env().UPLOADS_DIR));
  return storage;
}

export async function getBookingService() {
  return bookingServiceFor(getDb(), await getEmailService(), await getBoss(), env(), {
    // The public list of free times is cached (lib/booking/cached.ts); a booking refreshes it here.
    onBusyTimesChanged: () => revalidateTag(cacheTags.bookings, { expire: 0 }),
  });
}

export async function getNewsletterService() {
  const config = env();
  return createNewsletterService({
    db: getDb(),
    email: await getEmailService(),
    appUrl: config.APP_URL,
    secret: config.AUTH_SECRET ?? "development-only-secret",
    coachName: async () => (await findCoachProfile(getDb()))?.name ?? "Your coach",
  });
}

async function coachContact() {
  const config = env();
  const profile = await findCoachProfile(getDb());
  return { name: profile?.name ?? "Your coach", email: profile?.contactEmail ?? config.EMAIL_FROM.replace(/^.*<|>$/g, "") };
}

async function paymentDeps(): Promise<PaymentDeps> {
  const config = env();
  return {
    db: getDb(),
    email: await getEmailService(),
    appUrl: config.APP_URL,
    authSecret: config.AUTH_SECRET ?? "development-only-secret",
    coach: coachContact,
  };
}

/** The local provider's settings; null unless payments run locally (see paymentMode). */
export function localPaymentConfig(): LocalProviderConfig | null {
  const secret = stripeWebhookSecret();
  if (paymentMode() !== "local" || !secret) return null;
  return { appUrl: env().APP_URL, webhookSecret: secret };
}

/** Stripe when STRIPE_SECRET_KEY is set, the local stand-in outside production, else none. */
export function getPaymentProvider(): PaymentProvider | null {
  const config = env();
  if (paymentMode(config) === "stripe") return createStripeProvider(createStripeClient(config.STRIPE_SECRET_KEY!, config.STRIPE_API_URL));
  const local = localPaymentConfig();
  return local ? createLocalProvider(local) : null;
}

export async function getCheckoutService() {
  const provider = getPaymentProvider();
  if (!provider) return null;
  return createCheckoutService({ ...(await paymentDeps()), provider });
}

export async function getWebhookService() {
  const webhookSecret = stripeWebhookSecret();
  if (!webhookSecret) return null;
  return createWebhookService({ ...(await paymentDeps()), webhookSecret });
}

export function getLearningService() {
  return createLearningService({ db: getDb() });
}

export function getCourseAdminService() {
  return createCourseAdminService({ db: getDb() });
}

export function getOrderAdminService() {
  return createOrderAdminService({ db: getDb(), provider: getPaymentProvider() });
}

export async function getBroadcastService() {
  const boss = await getBoss();
  return broadcastServiceFor(getDb(), await getEmailService(), boss, emailTransport(), env());
}
