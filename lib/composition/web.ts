import "server-only";
import { revalidateTag } from "next/cache";
import type PgBoss from "pg-boss";
import { databaseQueryCount as countQueries, getDb, getHealthSql, recentQueries as queriesAfter, webPoolStats } from "./database";
import { checkHealth } from "@/lib/platform/health/check";
import { createEventLoopMonitor } from "@/lib/platform/health/event-loop";
import { singleFlight } from "@/lib/platform/health/single-flight";
import { cacheTags } from "@/lib/platform/cache/tags";
import { databaseLimits, env } from "@/lib/platform/env";
import { createBoss } from "@/lib/platform/queue/boss";
import { createRateLimiter, type RateLimiter } from "@/lib/platform/rate-limit/limiter";
import type { FileStorage } from "@/lib/platform/storage/storage";
import { createAuthStore, type AuthStore } from "@/lib/auth/store";
import { emailTransportFor, fileStorageFor, paymentProviderFor } from "./infrastructure";
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
  __coachEventLoop?: ReturnType<typeof createEventLoopMonitor>;
  __coachAuthStore?: AuthStore;
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
      files: getFileStorage(),
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

/** What Auth.js (auth.ts) reads and writes; synchronous, as its configuration is built per request. */
export function authStore(): AuthStore {
  globalRuntime.__coachAuthStore ??= createAuthStore(getDb());
  return globalRuntime.__coachAuthStore;
}

/** Uploaded files: in PostgreSQL, shared by every instance; on local disk when UPLOADS_STORAGE=disk. */
export function getFileStorage(): FileStorage {
  globalRuntime.__coachStorage ??= fileStorageFor(env(), getDb());
  return globalRuntime.__coachStorage;
}

/** This process's event-loop monitor, started with the server (instrumentation.ts). */
export function eventLoopMonitor() {
  return (globalRuntime.__coachEventLoop ??= createEventLoopMonitor());
}

// Callers that arrive while health's database questions are being asked share the answer.
const pingHealthDatabase = singleFlight(() => getHealthSql()`select 1`);
// pg-boss keeps its jobs in the "pgboss" schema; due for five minutes and not started means no worker is taking them.
const countOverdueJobs = singleFlight(async () => {
  const [row] = await getHealthSql()<{ overdue: number }[]>`select count(*)::int as overdue from pgboss.job where state in ('created', 'retry') and start_after < now() - interval '5 minutes'`;
  return row?.overdue ?? 0;
});

/** Health as a load balancer asks it: over a connection of its own, never the web pool's queue. */
export function health(version: string) {
  const configured = Boolean(env().DATABASE_URL);
  return checkHealth({
    pingDatabase: configured ? pingHealthDatabase : null,
    countOverdueJobs: configured ? countOverdueJobs : null,
    poolStats: webPoolStats,
    eventLoopDelay: () => eventLoopMonitor().read(),
    version,
  });
}

/** Queries sent through the web pool so far (development and e2e: proves warm pages send none). */
export const databaseQueryCount = countQueries;
export const recentQueries = queriesAfter;
