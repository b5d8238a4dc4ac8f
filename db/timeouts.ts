/**
 * Limits every connection carries, so the database itself ends what code gets wrong: a statement
 * that runs away, a lock waited on forever, a transaction left open while its caller hangs.
 */
export interface DatabaseTimeouts {
  statementMs: number;
  lockMs: number;
  idleInTransactionMs: number;
}

export const DEFAULT_TIMEOUTS: DatabaseTimeouts = { statementMs: 15_000, lockMs: 5_000, idleInTransactionMs: 10_000 };
/** How long a caller waits for a free connection before the pool answers "busy". */
export const DEFAULT_POOL_WAIT_MS = 5_000;

/** Startup parameters PostgreSQL applies to every session of a pool. */
export function sessionParameters(timeouts: Partial<DatabaseTimeouts> = {}) {
  const limits = { ...DEFAULT_TIMEOUTS, ...timeouts };
  return {
    // Timestamps are always timestamptz; keep the server and every session in UTC.
    TimeZone: "UTC",
    statement_timeout: limits.statementMs,
    lock_timeout: limits.lockMs,
    idle_in_transaction_session_timeout: limits.idleInTransactionMs,
  };
}


/**
 * The same limits for node-postgres pools (the rate limiter's and pg-boss's): server-side timeouts
 * per session, and `connectionTimeoutMillis`, which also bounds the wait for a pooled client.
 */
export function pgPoolOptions(timeouts: Partial<DatabaseTimeouts> = {}, poolWaitMs = DEFAULT_POOL_WAIT_MS) {
  const limits = { ...DEFAULT_TIMEOUTS, ...timeouts };
  return {
    statement_timeout: limits.statementMs,
    lock_timeout: limits.lockMs,
    idle_in_transaction_session_timeout: limits.idleInTransactionMs,
    connectionTimeoutMillis: poolWaitMs,
    options: "-c TimeZone=UTC",
  };
}
