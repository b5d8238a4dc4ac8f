import "server-only";
import postgres from "postgres";
import { databaseLimits, devToolsEnabled, env } from "@/lib/platform/env";
import { processShutdown } from "@/lib/platform/shutdown";
import { createDatabase } from "@/db/connect";
import { sessionParameters } from "@/db/timeouts";
import { logger } from "@/lib/platform/log";

type Pool = ReturnType<typeof createDatabase>;

/** A statement the web pool sent, kept in development and e2e builds only (see recentQueries). */
export interface LoggedQuery {
  n: number;
  text: string;
  parameters: readonly unknown[];
}

const QUERY_LOG_SIZE = 500;

const globalForDb = globalThis as unknown as {
  __coachDbPool?: Pool;
  __coachHealthSql?: postgres.Sql;
  __coachQueryCount?: number;
  __coachQueryLog?: LoggedQuery[];
};

export class DatabaseNotConfiguredError extends Error {
  constructor() {
    super(
      "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which boot the embedded PostgreSQL, or set DATABASE_URL.",
    );
    this.name = "DatabaseNotConfiguredError";
  }
}

function databaseUrl(): string {
  const { DATABASE_URL } = env();
  if (!DATABASE_URL) throw new DatabaseNotConfiguredError();
  return DATABASE_URL;
}

/**
 * The app's pool for page requests, created on first use so that `next build` never needs a
 * database. Kept on globalThis so dev-mode module reloads do not open a new pool on every edit.
 */
function pool(): Pool {
  if (!globalForDb.__coachDbPool) {
    const keepLog = devToolsEnabled();
    globalForDb.__coachDbPool = createDatabase(databaseUrl(), {
      name: "web",
      max: env().DATABASE_POOL_MAX,
      connectTimeout: 5,
      ...databaseLimits(),
      onMisuse: logPoolMisuse,
      onQuery: (text, parameters) => {
        const n = (globalForDb.__coachQueryCount = (globalForDb.__coachQueryCount ?? 0) + 1);
        // Parameters hold people's addresses: kept only where the dev tools are, never in production.
        if (!keepLog) return;
        const log = (globalForDb.__coachQueryLog ??= []);
        log.push({ n, text, parameters });
        if (log.length > QUERY_LOG_SIZE) log.splice(0, log.length - QUERY_LOG_SIZE);
      },
    });
    const { sql } = globalForDb.__coachDbPool;
    // Closed last, when Next.js has finished the requests in flight and asks to exit.
    processShutdown().onShutdown("web database pool", "before-exit", () => sql.end({ timeout: 5 }));
  }
  return globalForDb.__coachDbPool;
}

/** A pool query from inside a transaction, logged with its call site (db/connect.ts). */
export function logPoolMisuse(error: Error) {
  logger.error({ err: error.message, callSite: error.stack }, "pool query inside a transaction");
}

export function getDb() {
  return pool().db;
}

/** How busy the web pool is right now: health reports a pool whose callers are queueing. */
export function webPoolStats() {
  return globalForDb.__coachDbPool?.gate.stats() ?? null;
}

/**
 * One connection of its own for /api/health, outside the web pool: a load balancer must get an
 * answer about the database even while every pooled connection is busy.
 */
export function getHealthSql(): postgres.Sql {
  if (!globalForDb.__coachHealthSql) {
    globalForDb.__coachHealthSql = postgres(databaseUrl(), {
      max: 1,
      connect_timeout: 2,
      idle_timeout: 60,
      onnotice: () => {},
      connection: sessionParameters({ statementMs: 2_000, lockMs: 1_000, idleInTransactionMs: 2_000 }),
    });
    const sql = globalForDb.__coachHealthSql;
    processShutdown().onShutdown("health connection", "before-exit", () => sql.end({ timeout: 1 }));
  }
  return globalForDb.__coachHealthSql;
}

/**
 * Queries this process has sent through the app pool. Tests and the benchmark read it (through
 * /api/dev/query-count) to prove that warm public pages make no database query at all.
 */
export function databaseQueryCount(): number {
  return globalForDb.__coachQueryCount ?? 0;
}

/**
 * The last statements (up to 500) the web pool sent after query number `after`, with their
 * parameters: the scale bench explains the slowest pages' queries from these. Development and e2e
 * builds only; production keeps none.
 */
export function recentQueries(after: number): LoggedQuery[] {
  return (globalForDb.__coachQueryLog ?? []).filter((query) => query.n > after);
}
