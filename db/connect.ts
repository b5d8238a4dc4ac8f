import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = ReturnType<typeof createDatabase>["db"];
/** A Drizzle handle inside `db.transaction(async (tx) => ...)`; services accept either. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;

export interface DatabaseOptions {
  max?: number;
  /** Seconds to wait for a connection before failing with a clear error. */
  connectTimeout?: number;
  /** Called once per query sent to the server. */
  onQuery?: () => void;
}

/**
 * A postgres.js pool with Drizzle on top. Scripts and tests call this directly; the app uses the
 * process-wide instance in db/client.ts.
 */
export function createDatabase(url: string, options: DatabaseOptions = {}) {
  const sql = postgres(url, {
    max: options.max ?? 10,
    connect_timeout: options.connectTimeout ?? 10,
    onnotice: () => {},
    // Timestamps are always timestamptz; keep the server and every session in UTC.
    connection: { TimeZone: "UTC" },
    ...(options.onQuery ? { debug: () => options.onQuery!() } : {}),
  });
  const db = drizzle({ client: sql, schema });
  return { sql, db };
}
