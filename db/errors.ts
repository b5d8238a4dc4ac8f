/** True when `error` (a Drizzle error wrapping the driver's, or the driver's own) broke `constraint` (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const cause = (error as { cause?: { code?: string; constraint_name?: string } } | null)?.cause ?? (error as { code?: string; constraint_name?: string } | null);
  return cause?.code === "23505" && cause.constraint_name === constraint;
}

/**
 * SQLSTATEs and driver codes that mean "the database cannot serve this right now", not "this
 * request is wrong": the server is down, restarting or refusing connections, a connection broke,
 * or one of the limits every session carries ended the statement (a statement, lock or idle
 * transaction that ran too long). Callers answer these with 503 and Retry-After.
 */
const UNAVAILABLE_CODES = new Set([
  // PostgreSQL: admin shutdown, crash shutdown, cannot connect now, connection failures, too many connections.
  "57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006", "53300",
  // Limits: statement_timeout (57014 query_canceled), lock_timeout, idle_in_transaction_session_timeout.
  "57014", "55P03", "25P03",
  // postgres.js and Node socket errors.
  "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT", "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT",
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error as { code?: unknown; cause?: unknown; name?: unknown; message?: unknown } | null, depth = 0; current && depth < 5; current = current.cause as typeof current, depth += 1) {
    if (current.name === "DatabaseBusyError") return true;
    if (typeof current.code === "string" && UNAVAILABLE_CODES.has(current.code)) return true;
    // node-postgres names a pool wait that ran out only in its message.
    if (typeof current.message === "string" && /timeout exceeded when trying to connect|Connection terminated/i.test(current.message)) return true;
  }
  return false;
}

/** Seconds to suggest in Retry-After for an unavailable database. */
export function retryAfterSeconds(error: unknown): number {
  const busy = error as { retryAfterSeconds?: unknown } | null;
  return typeof busy?.retryAfterSeconds === "number" ? busy.retryAfterSeconds : 5;
}

/**
 * Runs `write` again while the database is unavailable, waiting a little longer each time (up to
 * about a minute in all). For writes that record something that already happened elsewhere, such
 * as "the provider took this email": giving up would leave the row claiming it is still in
 * flight, and the only way out would be doing the outside thing a second time.
 */
export async function retryWhileDatabaseUnavailable<T>(
  write: () => Promise<T>,
  options: { attempts?: number; firstDelayMs?: number; maxDelayMs?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<T> {
  const attempts = options.attempts ?? 10;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let delay = options.firstDelayMs ?? 250;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isDatabaseUnavailable(error)) throw error;
      await sleep(delay);
      delay = Math.min(delay * 2, options.maxDelayMs ?? 10_000);
    }
  }
}
