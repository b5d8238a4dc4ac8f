/**
 * How long work may wait for one of a pool's connections. postgres.js queues a query forever when
 * every connection is taken; the gate hands out exactly as many permits as the pool has
 * connections and refuses a caller that waited longer than `waitMs`, so a saturated pool answers
 * "busy, come back in a moment" instead of hanging every request behind it.
 */
export class DatabaseBusyError extends Error {
  /** Seconds a client should wait before trying again (the Retry-After header). */
  readonly retryAfterSeconds: number;

  constructor(pool: string, waitMs: number) {
    super(`The ${pool} database pool had no free connection for ${waitMs} ms.`);
    this.name = "DatabaseBusyError";
    this.retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  }
}

export interface PoolGateStats {
  size: number;
  inUse: number;
  waiting: number;
}

export function createPoolGate(name: string, size: number, waitMs: number) {
  let inUse = 0;
  const waiting: { grant: () => void; timer: ReturnType<typeof setTimeout> }[] = [];

  function acquire(): Promise<void> {
    if (inUse < size) {
      inUse += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          const index = waiting.indexOf(entry);
          if (index >= 0) waiting.splice(index, 1);
          reject(new DatabaseBusyError(name, waitMs));
        }, waitMs),
      };
      waiting.push(entry);
    });
  }

  function release() {
    const next = waiting.shift();
    // The permit passes straight to the next in line; inUse stays the same.
    if (next) next.grant();
    else inUse -= 1;
  }

  return {
    /** Runs `work` holding one permit; the permit is returned however `work` ends. */
    async run<T>(work: () => PromiseLike<T>): Promise<T> {
      await acquire();
      try {
        return await work();
      } finally {
        release();
      }
    },
    stats(): PoolGateStats {
      return { size, inUse, waiting: waiting.length };
    },
  };
}

export type PoolGate = ReturnType<typeof createPoolGate>;

