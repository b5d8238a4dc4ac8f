import pg from "pg";
import { pgPoolOptions, type DatabaseTimeouts } from "@/db/timeouts";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { RATE_LIMITS, type RateLimitName } from "./limits";

export type RateLimitResult = { ok: true; remaining: number } | { ok: false; retryAfterMs: number };

/**
 * Rate limits kept in PostgreSQL (table rate_limits, created by a migration), so every app
 * instance counts against the same numbers.
 */
export function createRateLimiter(connectionString: string, limits: { timeouts?: Partial<DatabaseTimeouts>; poolWaitMs?: number } = {}) {
  const pool = new pg.Pool({ connectionString, max: 2, ...pgPoolOptions(limits.timeouts, limits.poolWaitMs) });
  // An idle client that loses its connection (PostgreSQL restarting) must not crash the process.
  pool.on("error", () => {});
  const limiters = new Map<RateLimitName, RateLimiterPostgres>();

  function limiter(name: RateLimitName) {
    let instance = limiters.get(name);
    if (!instance) {
      const limit = RATE_LIMITS[name];
      instance = new RateLimiterPostgres({
        storeClient: pool,
        storeType: "pool",
        tableName: "rate_limits",
        tableCreated: true,
        keyPrefix: name,
        points: limit.points,
        duration: limit.durationSeconds,
        blockDuration: "blockSeconds" in limit ? (limit.blockSeconds as number) : 0,
        clearExpiredByTimeout: false,
      });
      limiters.set(name, instance);
    }
    return instance;
  }

  return {
    async consume(name: RateLimitName, key: string): Promise<RateLimitResult> {
      try {
        const result = await limiter(name).consume(key.toLowerCase());
        return { ok: true, remaining: result.remainingPoints };
      } catch (error) {
        if (error instanceof RateLimiterRes) return { ok: false, retryAfterMs: error.msBeforeNext };
        throw error;
      }
    },
    async reset(name: RateLimitName, key: string) {
      await limiter(name).delete(key.toLowerCase());
    },
    close: () => pool.end(),
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
