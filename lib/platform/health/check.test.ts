import { describe, expect, it } from "vitest";
import { checkHealth } from "./check";
import { createEventLoopMonitor, eventLoopState } from "./event-loop";

describe("checkHealth", () => {
  it("is ok when the database answers", async () => {
    const report = await checkHealth({ pingDatabase: async () => 1, version: "1.2.3" });
    expect(report).toEqual({ status: "ok", db: "up", queue: "not-configured", overdueJobs: null, pool: null, eventLoop: null, version: "1.2.3" });
  });

  it("is degraded when the database rejects", async () => {
    const report = await checkHealth({
      pingDatabase: () => Promise.reject(new Error("ECONNREFUSED")),
      version: "1.2.3",
    });
    expect(report).toEqual({ status: "degraded", db: "down", queue: "not-configured", overdueJobs: null, pool: null, eventLoop: null, version: "1.2.3" });
  });

  it("does not wait forever for a hanging database", async () => {
    const report = await checkHealth({ pingDatabase: () => new Promise(() => {}), version: "x", timeoutMs: 20 });
    expect(report.db).toBe("down");
  });

  it("reports the job queue: up, stalled or down, without changing the status", async () => {
    const ping = async () => 1;
    expect(await checkHealth({ pingDatabase: ping, countOverdueJobs: async () => 0, version: "x" })).toMatchObject({ status: "ok", queue: "up", overdueJobs: 0 });
    expect(await checkHealth({ pingDatabase: ping, countOverdueJobs: async () => 3, version: "x" })).toMatchObject({ status: "ok", queue: "stalled", overdueJobs: 3 });
    expect(await checkHealth({ pingDatabase: ping, countOverdueJobs: () => Promise.reject(new Error("no schema")), version: "x" })).toMatchObject({ status: "ok", queue: "down" });
    expect(await checkHealth({ pingDatabase: () => Promise.reject(new Error("down")), countOverdueJobs: async () => 0, version: "x" })).toMatchObject({ status: "degraded", queue: "down" });
  });

  it("says when callers queue for the web pool, without changing the status", async () => {
    const busy = await checkHealth({ pingDatabase: async () => 1, poolStats: () => ({ size: 10, inUse: 10, waiting: 4 }), version: "x" });
    expect(busy).toMatchObject({ status: "ok", pool: { state: "saturated", size: 10, inUse: 10, waiting: 4 } });
    const calm = await checkHealth({ pingDatabase: async () => 1, poolStats: () => ({ size: 10, inUse: 3, waiting: 0 }), version: "x" });
    expect(calm.pool).toEqual({ state: "ok", size: 10, inUse: 3, waiting: 0 });
  });

  it("does not wait forever for a hanging queue check either", async () => {
    const report = await checkHealth({ pingDatabase: async () => 1, countOverdueJobs: () => new Promise(() => {}), version: "x", timeoutMs: 20 });
    expect(report).toMatchObject({ status: "ok", queue: "down" });
  });

  it("says when no database is configured", async () => {
    const report = await checkHealth({ pingDatabase: null, version: "x" });
    expect(report).toMatchObject({ status: "degraded", db: "not-configured" });
  });

  it("reports how late the event loop runs, without changing the status", async () => {
    const slow = { state: "slow" as const, p99Ms: 480, maxMs: 900 };
    expect(await checkHealth({ pingDatabase: async () => 1, eventLoopDelay: () => slow, version: "x" })).toMatchObject({ status: "ok", eventLoop: slow });
    expect(eventLoopState(200)).toBe("ok");
    expect(eventLoopState(201)).toBe("slow");
  });

  it("measures the event loop: a 300 ms block shows as slow", async () => {
    const monitor = createEventLoopMonitor();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const until = Date.now() + 300;
    while (Date.now() < until) {
      // holds the event loop, as a CPU-bound request would
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(monitor.read()).toMatchObject({ state: "slow" });
  });
});
