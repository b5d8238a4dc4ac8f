import { loggableError, logger } from "@/lib/platform/log";

/**
 * A safety net that runs every `intervalMs` on each instance (0 turns it off, for tests): lost
 * jobs and dead senders are picked up again. A failing sweep is logged, never thrown.
 */
export function startSweeper(intervalMs: number, sweep: () => Promise<unknown>, failure: string) {
  if (intervalMs <= 0) return { stop() {} };
  const timer = setInterval(() => {
    sweep().catch((error: unknown) => logger.error({ err: loggableError(error) }, failure));
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
