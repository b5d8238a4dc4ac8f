import type { EventLoopDelay } from "./event-loop";

export type ComponentState = "up" | "down" | "not-configured";

export interface HealthReport {
  status: "ok" | "degraded";
  db: ComponentState;
  /** The job queue: "up", "stalled" when due jobs wait too long (no worker running), or "down". */
  queue: ComponentState | "stalled";
  /** Jobs that were due more than five minutes ago and have not started. */
  overdueJobs: number | null;
  /** The web pool: "saturated" while requests queue for a connection (they get 503 after a bound). */
  pool: { state: "ok" | "saturated"; size: number; inUse: number; waiting: number } | null;
  /** How late this instance's event loop runs: "slow" means requests queue behind other work. */
  eventLoop: EventLoopDelay | null;
  version: string;
}

export interface HealthDependencies {
  /** Resolves when the database answers; rejects or never settles when it does not. */
  pingDatabase: (() => Promise<unknown>) | null;
  /** How many jobs are overdue; rejects when the queue's tables cannot be read. */
  countOverdueJobs?: (() => Promise<number>) | null;
  /** The web pool's gate, when this process has opened it. */
  poolStats?: (() => { size: number; inUse: number; waiting: number } | null) | null;
  eventLoopDelay?: (() => EventLoopDelay) | null;
  version: string;
  /** Per check; the two checks together stay within the two seconds a load balancer waits. */
  timeoutMs?: number;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** A load balancer asks this; it must answer quickly even when PostgreSQL hangs. */
export async function checkHealth(deps: HealthDependencies): Promise<HealthReport> {
  let db: ComponentState = "not-configured";
  if (deps.pingDatabase) {
    try {
      await withTimeout(deps.pingDatabase(), deps.timeoutMs ?? 1000);
      db = "up";
    } catch {
      db = "down";
    }
  }
  let queue: HealthReport["queue"] = "not-configured";
  let overdueJobs: number | null = null;
  if (deps.countOverdueJobs && db === "up") {
    try {
      overdueJobs = await withTimeout(deps.countOverdueJobs(), deps.timeoutMs ?? 1000);
      queue = overdueJobs > 0 ? "stalled" : "up";
    } catch {
      queue = "down";
    }
  } else if (deps.countOverdueJobs) {
    queue = "down";
  }
  // Only the database decides the status: an instance with a stalled queue still serves pages,
  // and taking it out of the load balancer would not start a worker.
  const stats = deps.poolStats?.() ?? null;
  const pool = stats ? { state: stats.waiting > 0 ? ("saturated" as const) : ("ok" as const), ...stats } : null;
  // Nor does a slow event loop: an instance taken out for it would pass its load to the others.
  // README says what a load balancer should do with it.
  return { status: db === "up" ? "ok" : "degraded", db, queue, overdueJobs, pool, eventLoop: deps.eventLoopDelay?.() ?? null, version: deps.version };
}
