/**
 * A value read at most once per `maxAgeMs`: callers in that time share the last read, and callers
 * during a read share that read. A failed read is not kept. `clear` forgets the value, for a
 * writer in this process that knows it has just changed.
 */
export function freshFor<T>(read: () => Promise<T>, maxAgeMs: number, now: () => number = Date.now) {
  let kept: { promise: Promise<T>; at: number } | null = null;
  return {
    get(): Promise<T> {
      if (kept && now() - kept.at < maxAgeMs) return kept.promise;
      const entry = { at: now(), promise: read() };
      kept = entry;
      entry.promise.catch(() => {
        if (kept === entry) kept = null;
      });
      return entry.promise;
    },
    clear() {
      kept = null;
    },
  };
}
