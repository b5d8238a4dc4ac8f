import { monitorEventLoopDelay } from "node:perf_hooks";

/** Above this, requests wait noticeably behind other work on this instance's event loop. */
export const SLOW_EVENT_LOOP_MS = 200;

export interface EventLoopDelay {
  /** "slow" when the 99th percentile of the delay passes SLOW_EVENT_LOOP_MS. */
  state: "ok" | "slow";
  /** 99th percentile and longest delay, in the last 10 to 20 seconds. */
  p99Ms: number;
  maxMs: number;
}

export function eventLoopState(p99Ms: number): EventLoopDelay["state"] {
  return p99Ms > SLOW_EVENT_LOOP_MS ? "slow" : "ok";
}

/**
 * How late this process's event loop runs timers: what a request waits before its code gets to
 * run. Measured all the time at 20 ms resolution; each reading covers the window that ended last
 * and the one under way, so a stall shows for 10 to 20 seconds after it.
 */
export function createEventLoopMonitor(windowMs = 10_000) {
  const histogram = monitorEventLoopDelay({ resolution: 20 });
  histogram.enable();
  let previous = { p99: 0, max: 0 };
  const toMs = (nanoseconds: number) => Math.round(nanoseconds / 1e6);
  const rotate = setInterval(() => {
    previous = { p99: histogram.percentile(99), max: histogram.max };
    histogram.reset();
  }, windowMs);
  rotate.unref();
  return {
    read(): EventLoopDelay {
      const p99Ms = toMs(Math.max(previous.p99, histogram.count ? histogram.percentile(99) : 0));
      return { state: eventLoopState(p99Ms), p99Ms, maxMs: toMs(Math.max(previous.max, histogram.count ? histogram.max : 0)) };
    },
  };
}
