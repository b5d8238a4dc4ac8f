import { afterEach, describe, expect, it, vi } from "vitest";
import { appDeadlineMs, createShutdown, type ShutdownProcess } from "./shutdown";

function fakeProcess() {
  const listeners = new Map<string, () => void>();
  const exits: (number | undefined)[] = [];
  const proc = {
    once: (signal: string, listener: () => void) => listeners.set(signal, listener),
    exit: ((code?: number) => {
      exits.push(code);
    }) as ShutdownProcess["exit"],
  };
  return { proc, exits, signal: (name: string) => listeners.get(name)!() };
}

const quietLog = { info: () => {}, error: () => {} };
const flush = () => new Promise((resolve) => setImmediate(resolve));

describe("graceful shutdown", () => {
  afterEach(() => vi.useRealTimers());

  it("finishes the work in hand before Next.js may exit, and closes the pools last", async () => {
    const { proc, exits, signal } = fakeProcess();
    const shutdown = createShutdown({ proc, log: quietLog });
    const order: string[] = [];
    let finishJob!: () => void;
    shutdown.onShutdown("worker", "on-signal", () => new Promise<void>((resolve) => (finishJob = () => (order.push("job finished"), resolve()))));
    shutdown.onShutdown("pool", "before-exit", async () => void order.push("pool closed"));
    shutdown.install();

    signal("SIGTERM");
    proc.exit(143); // Next.js has drained its requests
    await flush();
    expect(exits).toEqual([]);
    expect(order).toEqual([]);

    finishJob();
    await flush();
    expect(order).toEqual(["job finished", "pool closed"]);
    expect(exits).toEqual([143]);
  });

  it("still closes everything when one step fails", async () => {
    const { proc, exits, signal } = fakeProcess();
    const shutdown = createShutdown({ proc, log: quietLog });
    const closed: string[] = [];
    shutdown.onShutdown("worker", "on-signal", async () => {
      throw new Error("queue unreachable");
    });
    shutdown.onShutdown("queue", "before-exit", async () => void closed.push("queue"));
    shutdown.onShutdown("pool", "before-exit", async () => void closed.push("pool"));
    shutdown.install();

    signal("SIGINT");
    proc.exit(130);
    await flush();
    expect(closed).toEqual(["queue", "pool"]);
    expect(exits).toEqual([130]);
  });

  it("exits anyway when a step hangs past the time limit", async () => {
    vi.useFakeTimers();
    const { proc, exits, signal } = fakeProcess();
    const shutdown = createShutdown({ proc, log: quietLog, timeoutMs: 1000 });
    shutdown.onShutdown("stuck", "on-signal", () => new Promise(() => {}));
    shutdown.install();

    signal("SIGTERM");
    proc.exit(143);
    await vi.advanceTimersByTimeAsync(999);
    expect(exits).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(exits).toEqual([143]);
  });

  it("does not hold an exit that is not a shutdown", () => {
    const { proc, exits } = fakeProcess();
    const shutdown = createShutdown({ proc, log: quietLog });
    shutdown.onShutdown("pool", "before-exit", () => new Promise(() => {}));
    shutdown.install();
    proc.exit(1);
    expect(exits).toEqual([1]);
  });

  it("ends at the deadline counted from the signal when a request hangs and Next.js never asks to exit, naming what it cut off", async () => {
    vi.useFakeTimers();
    const { proc, exits, signal } = fakeProcess();
    const lines: { fields: object; message: string }[] = [];
    const log = { info: () => {}, error: (fields: object, message: string) => void lines.push({ fields, message }) };
    const shutdown = createShutdown({ proc, log, timeoutMs: 30_000, inFlight: () => [{ method: "POST", path: "/api/bookings", ms: 31_000 }] });
    shutdown.onShutdown("workers", "on-signal", () => new Promise(() => {}));
    shutdown.install();

    signal("SIGTERM");
    await vi.advanceTimersByTimeAsync(29_999);
    expect(exits).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(exits).toEqual([1]);
    expect(lines).toEqual([
      {
        message: "shutdown deadline passed; exiting with this work cut off",
        fields: { timeoutMs: 30_000, requestsCutOff: [{ method: "POST", path: "/api/bookings", ms: 31_000 }], stepsCutOff: ["workers"], nextExited: false },
      },
    ]);
  });

  it("exits once, however many signals and exit calls arrive", async () => {
    const { proc, exits, signal } = fakeProcess();
    const shutdown = createShutdown({ proc, log: quietLog });
    shutdown.install();
    signal("SIGTERM");
    signal("SIGINT");
    proc.exit(143);
    proc.exit(143);
    await flush();
    await flush();
    expect(exits).toEqual([143]);
  });
});

describe("appDeadlineMs", () => {
  it("leaves up to two seconds of SHUTDOWN_TIMEOUT_MS for what runs after the app exits", () => {
    expect(appDeadlineMs(30_000)).toBe(28_000);
    expect(appDeadlineMs(5_000)).toBe(4_000);
    expect(appDeadlineMs(1_000)).toBe(800);
  });
});
