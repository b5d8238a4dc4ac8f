/**
 * One call at a time: callers that arrive while a call is under way share its result. Health is
 * asked by every load balancer and monitor at once; its database questions go over a connection
 * of its own, and fifty callers queueing on that one connection would make health look slow when
 * the instance is not. A call older than `maxAgeMs` is not shared any more (a query that hangs
 * must not keep answering "down" once the database is back).
 */
export function singleFlight<T>(run: () => Promise<T>, maxAgeMs = 5_000, now: () => number = Date.now): () => Promise<T> {
  let current: { promise: Promise<T>; startedAt: number } | null = null;
  return () => {
    if (current && now() - current.startedAt < maxAgeMs) return current.promise;
    const started = { startedAt: now(), promise: run() };
    current = started;
    const clear = () => {
      if (current === started) current = null;
    };
    started.promise.then(clear, clear);
    return started.promise;
  };
}
