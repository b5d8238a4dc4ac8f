import "server-only";
import path from "node:path";
import { revalidateTag } from "next/cache";
import type PgBoss from "pg-boss";
import { getDb } from "@/db/client";
import { cacheTags } from "@/lib/cache/tags";
import { databaseLimits, env } from "@/lib/env";
import { createBoss } from "@/lib/queue/boss";
import { createRateLimiter, type RateLimiter } from "@/lib/rate-limit/limiter";
import { localDiskStorage } from "@/lib/storage/local-disk";
import type { FileStorage } from "@/lib/storage/storage";
import { emailTransportFor, localPaymentConfigFor, paymentProviderFor } from "./infrastructure";
import { createServices, type Services } from "./services";

/**
 * The web process's composition root: the one place that knows how production is put together.
 * Pages, route handlers and server actions ask it for services; services themselves take their
 * dependencies (see createServices), so tests and the worker wire the same ones their own way.
 * Kept on globalThis so dev-mode reloads reuse them instead of opening new pools.
 */
const globalRuntime = globalThis as unknown as {
  __coachBoss?: Promise<PgBoss>;
  __coachRateLimiter?: RateLimiter;
  __coachServices?: Promise<Services>;
  __coachStorage?: FileStorage;
};

function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set; start the app with npm run dev or npm start.");
  return url;
}

export function getBoss(): Promise<PgBoss> {
  globalRuntime.__coachBoss ??= createBoss(databaseUrl(), databaseLimits()).catch((error: unknown) => {
    globalRuntime.__coachBoss = undefined; // let the next caller try again
    throw error;
  });
  return globalRuntime.__coachBoss;
}

/** Every domain service, over the web pool. */
export function services(): Promise<Services> {
  globalRuntime.__coachServices ??= (async () => {
    const config = env();
    return createServices({
      db: getDb(),
      boss: await getBoss(),
      transport: emailTransportFor(config),
      config,
      paymentProvider: paymentProviderFor(config),
      // The public list of free times is cached (lib/booking/cached.ts); a booking refreshes it here.
      onBusyTimesChanged: () => revalidateTag(cacheTags.bookings, { expire: 0 }),
    });
  })().catch((error: unknown) => {
    globalRuntime.__coachServices = undefined;
    throw error;
  });
  return globalRuntime.__coachServices;
}

export function getRateLimiter(): RateLimiter {
  globalRuntime.__coachRateLimiter ??= createRateLimiter(databaseUrl(), databaseLimits());
  return globalRuntime.__coachRateLimiter;
}

/** Uploaded files: local disk under .data/uploads (see lib/storage for other backends). */
export function getFileStorage(): FileStorage {
  globalRuntime.__coachStorage ??= localDiskStorage(path.resolve(env().UPLOADS_DIR));
  return globalRuntime.__coachStorage;
}

/** The local provider's settings; null unless payments run locally (see paymentMode). */
export function localPaymentConfig() {
  return localPaymentConfigFor(env());
}

// Shorthands the pages and actions use; each is one service of services().
export const getEmailService = async () => (await services()).email;
export const getBookingService = async () => (await services()).booking;
export const getNewsletterService = async () => (await services()).newsletter;
export const getBroadcastService = async () => (await services()).broadcasts;
export const getCheckoutService = async () => (await services()).checkout;
export const getWebhookService = async () => (await services()).webhook;
export const getLearningService = async () => (await services()).learning;
export const getCourseAdminService = async () => (await services()).courseAdmin;
export const getOrderAdminService = async () => (await services()).orders;
