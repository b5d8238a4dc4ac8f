import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { createPoolGate, type PoolGate } from "./pool-gate";
import { DEFAULT_POOL_WAIT_MS, sessionParameters, type DatabaseTimeouts } from "./timeouts";
import * as schema from "./schema";
import { assertOutsideTransaction, defaultGuardMode, inTransactionScope, type GuardMode } from "./transaction-scope";

export type Database = ReturnType<typeof createDatabase>["db"];
/** A Drizzle handle inside `db.transaction(async (tx) => ...)`; services accept either. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;

export interface DatabaseOptions {
  /** Names the pool in errors and logs ("web", "worker"). */
  name?: string;
  max?: number;
  /** Seconds to wait for a connection to open before failing with a clear error. */
  connectTimeout?: number;
  poolWaitMs?: number;
  timeouts?: Partial<DatabaseTimeouts>;
  /** What a pool query from inside a transaction does: throw, or log with its call site. */
  guard?: GuardMode;
  /** Told of a pool query from inside a transaction when `guard` logs (the app passes its logger); stderr by default. */
  onMisuse?: (error: Error) => void;
  /** Called once per query sent to the server, with its text and parameters. */
  onQuery?: (text: string, parameters: readonly unknown[]) => void;
}

/**
 * A postgres.js pool with Drizzle on top. Scripts and tests call this directly; the app uses the
 * process-wide instances in lib/composition/database.ts.
 */
export function createDatabase(url: string, options: DatabaseOptions = {}) {
  const name = options.name ?? "database";
  const max = options.max ?? 10;
  const raw = postgres(url, {
    max,
    connect_timeout: options.connectTimeout ?? 10,
    onnotice: () => {},
    connection: sessionParameters(options.timeouts),
    ...(options.onQuery ? { debug: (_connection: number, text: string, parameters: unknown[]) => options.onQuery!(text, parameters) } : {}),
  });
  const gate = createPoolGate(name, max, options.poolWaitMs ?? DEFAULT_POOL_WAIT_MS);
  const sql = guardedClient(raw, name, gate, options.guard ?? defaultGuardMode(), options.onMisuse ?? reportMisuse);
  const db = drizzle({ client: sql, schema });
  return { sql, db, gate };
}

/** db/ sits below everything, logger included: without a logger handed in, one JSON line on stderr. */
function reportMisuse(error: Error) {
  console.error(JSON.stringify({ level: 50, msg: "pool query inside a transaction", err: error.message, callSite: error.stack }));
}

type Sql = ReturnType<typeof postgres>;
type Query = { values(): Query; raw(): Query; then: PromiseLike<unknown>["then"] };

/**
 * The pool as Drizzle and our code see it. Every query and every transaction first takes one of
 * the gate's permits (as many as the pool has connections), so waiting for a connection is
 * bounded; and none may start from inside a transaction's callback, where it would wait for a
 * second connection while holding the first. Queries a transaction sends through its own `tx`
 * use the connection postgres.js reserved for it and never pass through here.
 */
function guardedClient(raw: Sql, name: string, gate: PoolGate, mode: GuardMode, onMisuse: (error: Error) => void): Sql {
  const check = () => assertOutsideTransaction(name, mode, onMisuse);

  // postgres.js runs a query when it is first awaited; this runs it once a permit is held.
  const deferred = (start: () => Query) => {
    let finish = (query: Query) => query;
    let running: Promise<unknown> | undefined;
    const run = () => (running ??= gate.run(() => finish(start())));
    const query = {
      values() {
        finish = (inner) => inner.values();
        return query;
      },
      raw() {
        finish = (inner) => inner.raw();
        return query;
      },
      then: (onFulfilled?: (value: unknown) => unknown, onRejected?: (reason: unknown) => unknown) => run().then(onFulfilled, onRejected),
      catch: (onRejected: (reason: unknown) => unknown) => run().catch(onRejected),
      finally: (onFinally: () => void) => run().finally(onFinally),
    };
    return query;
  };

  const isTemplate = (value: unknown) => Array.isArray(value) && "raw" in (value as object);

  return new Proxy(raw, {
    apply(target, thisArg, args: unknown[]) {
      // sql`select …` runs a query; sql(identifier) and sql(rows) only build part of one.
      if (!isTemplate(args[0])) return Reflect.apply(target, thisArg, args);
      check();
      return deferred(() => Reflect.apply(target, thisArg, args) as Query);
    },
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (...args: Parameters<Sql["unsafe"]>) => {
          check();
          return deferred(() => target.unsafe(...args) as unknown as Query);
        };
      }
      if (property === "begin") {
        return (...args: unknown[]) => {
          check();
          return gate.run(() => inTransactionScope(name, () => (target.begin as (...input: unknown[]) => Promise<unknown>)(...args)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  }) as Sql;
}
