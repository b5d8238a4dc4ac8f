import "server-only";
import { env } from "@/lib/env";
import { processShutdown } from "@/lib/shutdown";
import { createDatabase } from "./connect";

type Pool = ReturnType<typeof createDatabase>;

const globalForDb = globalThis as unknown as { __coachDbPool?: Pool; __coachQueryCount?: number };

export class DatabaseNotConfiguredError extends Error {
  constructor() {
    super(
      "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which boot the embedded PostgreSQL, or set DATABASE_URL.",
    );
    this.name = "DatabaseNotConfiguredError";
  }
}

/**
 * The app's single pool, created on first use so that `next build` never needs a database.
 * Kept on globalThis so dev-mode module reloads do not open a new pool on every edit.
 */
function pool(): Pool {
  if (!globalForDb.__coachDbPool) {
    const { DATABASE_URL, DATABASE_POOL_MAX } = env();
    if (!DATABASE_URL) throw new DatabaseNotConfiguredError();
    globalForDb.__coachDbPool = createDatabase(DATABASE_URL, {
      max: DATABASE_POOL_MAX,
      connectTimeout: 5,
      onQuery: () => {
        globalForDb.__coachQueryCount = (globalForDb.__coachQueryCount ?? 0) + 1;
      },
    });
    const { sql } = globalForDb.__coachDbPool;
    // Closed last, when Next.js has finished the requests in flight and asks to exit.
    processShutdown().onShutdown("web database pool", "before-exit", () => sql.end({ timeout: 5 }));
  }
  return globalForDb.__coachDbPool;
}

export function getDb() {
  return pool().db;
}

export function getSql() {
  return pool().sql;
}

/**
 * Queries this process has sent through the app pool. Tests and the benchmark read it (through
 * /api/dev/query-count) to prove that warm public pages make no database query at all.
 */
export function databaseQueryCount(): number {
  return globalForDb.__coachQueryCount ?? 0;
}
