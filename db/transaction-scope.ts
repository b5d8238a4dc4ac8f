import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Knows whether the code running now is inside a transaction's callback. A query sent through a
 * pool from there waits for a second connection while holding the first: with every connection
 * held that way, nothing moves (ten simultaneous bookings froze the whole site like this). The
 * pool asks `assertOutsideTransaction` before every query and refuses, or reports, such a call.
 */
interface Scope {
  pool: string;
  /** Cleared when the transaction ends: work it started that outlives it is not inside it. */
  open: boolean;
}

// One store per process, even when a bundler loads this module twice (Next.js builds several).
const globalScope = globalThis as unknown as { __coachTransactionScope?: AsyncLocalStorage<Scope> };
const storage = (globalScope.__coachTransactionScope ??= new AsyncLocalStorage<Scope>());

export class PoolQueryInTransactionError extends Error {
  constructor(pool: string, scope: Scope) {
    super(
      `A query went through the ${pool} pool from inside a transaction on the ${scope.pool} pool. Inside db.transaction(async (tx) => …), send every query through tx, or load what you need before the transaction starts.`,
    );
    this.name = "PoolQueryInTransactionError";
  }
}

/** "throw" in development and tests; "log" in production, where the pool's wait limit still ends the stall. */
export type GuardMode = "throw" | "log";

export function defaultGuardMode(): GuardMode {
  return process.env.NODE_ENV === "production" && process.env.E2E !== "1" ? "log" : "throw";
}

/** Runs a transaction's whole body inside the scope; the scope closes when the body settles. */
export async function inTransactionScope<T>(pool: string, body: () => Promise<T>): Promise<T> {
  const scope: Scope = { pool, open: true };
  try {
    return await storage.run(scope, body);
  } finally {
    scope.open = false;
  }
}

export function assertOutsideTransaction(pool: string, mode: GuardMode, report: (error: PoolQueryInTransactionError) => void) {
  const scope = storage.getStore();
  if (!scope?.open) return;
  const error = new PoolQueryInTransactionError(pool, scope);
  if (mode === "throw") throw error;
  report(error);
}
