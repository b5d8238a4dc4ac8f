import PgBoss from "pg-boss";
import type { Sql } from "postgres";
import type { Executor } from "@/db/connect";
import { pgPoolOptions, type DatabaseTimeouts } from "@/db/timeouts";
import { loggableError, logger } from "@/lib/platform/log";

export const QUEUES = {
  deliverEmail: "deliver-email",
  bookingReminder: "booking-reminder",
  sendBroadcast: "send-broadcast",
  readCalendar: "read-calendar",
  welcomeFollowUp: "welcome-follow-up",
} as const;

export interface ReadCalendarJob {
  calendarId: string;
}

export interface BroadcastJob {
  broadcastId: string;
}

export interface EmailJob {
  messageId: string;
}

export async function createBoss(connectionString: string, limits: { timeouts?: Partial<DatabaseTimeouts>; poolWaitMs?: number } = {}) {
  const boss = new PgBoss({
    connectionString,
    max: 3,
    // The same session limits as every other pool (pg-boss hands these options to node-postgres).
    ...pgPoolOptions(limits.timeouts, limits.poolWaitMs),
    // Our own outbox decides retries; pg-boss's retry only covers a worker that died mid-job.
    retryLimit: 2,
    retryDelay: 30,
    retryBackoff: true,
    // No cron jobs yet; keep pg-boss from running its clock monitor.
    schedule: false,
  });
  boss.on("error", (error) => logger.error({ err: loggableError(error) }, "job queue error"));
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    await boss.createQueue(name, { name, retryLimit: 2, retryDelay: 30, retryBackoff: true });
  }
  return boss;
}

/**
 * Lets pg-boss write its job row through the same connection as a Drizzle executor, so a job is
 * enqueued inside the same transaction as the data it is about (an outbox message and its
 * delivery job commit together).
 *
 * pg-boss's SQL reuses parameters ($5 appears three times) and relies on their type being inferred
 * once, so it must run as written: through postgres.js `unsafe`, not rebuilt as a Drizzle query.
 */
export function bossDb(executor: Executor): PgBoss.Db {
  const client = rawClient(executor);
  return {
    async executeSql(text, values) {
      const rows = await client.unsafe(text, values.map(toParam) as never[]);
      return { rows: [...rows] };
    },
  };
}

/** The postgres.js handle under a Drizzle database or transaction (its session's client). */
function rawClient(executor: Executor): Sql {
  const session = (executor as unknown as { session?: { client?: Sql } }).session;
  if (!session?.client) throw new Error("bossDb needs a postgres.js-backed Drizzle executor.");
  return session.client;
}

/**
 * node-postgres (pg-boss's own driver) serialises objects to JSON and undefined to NULL;
 * postgres.js does neither, so parameters are normalised the way pg-boss expects.
 */
function toParam(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === "object" && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    return JSON.stringify(value);
  }
  return value;
}
