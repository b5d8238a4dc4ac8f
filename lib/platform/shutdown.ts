import { logger } from "@/lib/platform/log";
import { requestsInFlight } from "@/lib/platform/server/http-state";

/**
 * Graceful shutdown of a web process.
 *
 * On SIGTERM or SIGINT Next.js stops accepting connections, lets the requests in flight finish and
 * then calls `process.exit`. It has no hook for what this app also has to do: the background worker
 * must stop taking jobs and finish the one in hand, and the database pools must close, but only once
 * no request can still use them. So steps are registered in two phases:
 *
 * - `on-signal` runs as soon as the signal arrives, next to Next.js draining its requests (the
 *   worker stops taking jobs and finishes the one in hand);
 * - `before-exit` runs when Next.js asks to exit, after `on-signal` has finished (the queue and the
 *   pools close).
 *
 * The deadline (SHUTDOWN_TIMEOUT_MS, 30 s, less the reserve of appDeadlineMs) starts with the
 * signal, not when Next.js asks to exit: Next.js never asks while a request hangs. Keep-alive
 * connections cannot hold it open (lib/platform/server/http-hooks.mjs closes them), and no CPU-bound work
 * runs on this event loop (calendars are read in threads, ended by the workers' step), so the
 * deadline's timer fires on time. When it passes, the process exits whatever is still
 * running, and the last log line names the requests and steps it cut off.
 */
export type ShutdownPhase = "on-signal" | "before-exit";

interface Step {
  name: string;
  phase: ShutdownPhase;
  run: () => Promise<unknown>;
}

/** The parts of `process` shutdown touches, so tests can drive it without ending the test run. */
export interface ShutdownProcess {
  once(signal: "SIGTERM" | "SIGINT", listener: () => void): unknown;
  exit(code?: number): never;
}

export interface ShutdownLog {
  info(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface ShutdownOptions {
  proc: ShutdownProcess;
  log: ShutdownLog;
  timeoutMs?: number;
  /** What is still running, for the line that says what the deadline cut off. */
  inFlight?: () => { method: string; path: string; ms: number }[];
}

export function createShutdown({ proc, log, timeoutMs = 30_000, inFlight = () => [] }: ShutdownOptions) {
  const steps: Step[] = [];
  const pending = new Set<string>();
  let signalled: Promise<void> | undefined;
  let exitRequested: number | undefined;
  let exited = false;
  const realExit = proc.exit.bind(proc);

  const exitOnce = (code: number | undefined, fields: object, message: string, level: "info" | "error" = "info") => {
    if (exited) return;
    exited = true;
    log[level](fields, message);
    realExit(code);
  };

  const runPhase = async (phase: ShutdownPhase) => {
    for (const step of steps.filter((candidate) => candidate.phase === phase)) {
      const startedAt = Date.now();
      pending.add(step.name);
      try {
        await step.run();
        log.info({ step: step.name, ms: Date.now() - startedAt }, "shutdown step done");
      } catch (error) {
        log.error({ step: step.name, err: error instanceof Error ? error.message : String(error) }, "shutdown step failed");
      } finally {
        pending.delete(step.name);
      }
    }
  };

  const onSignal = (signal: string) => {
    if (signalled) return;
    log.info({ signal, timeoutMs }, "shutting down");
    signalled = runPhase("on-signal");
    const deadline = setTimeout(() => {
      exitOnce(
        exitRequested ?? 1,
        { timeoutMs, requestsCutOff: inFlight(), stepsCutOff: [...pending], nextExited: exitRequested !== undefined },
        "shutdown deadline passed; exiting with this work cut off",
        "error",
      );
    }, timeoutMs);
    deadline.unref?.();
  };

  const heldExit = ((code?: number) => {
    // An exit that is not part of a shutdown (a crash, a failed start) is not held.
    if (!signalled) return realExit(code);
    if (exitRequested !== undefined) return undefined as never;
    exitRequested = code;
    void signalled.then(() => runPhase("before-exit")).finally(() => exitOnce(code, { code }, "stopped"));
    return undefined as never;
  }) as ShutdownProcess["exit"];

  return {
    /** Registers a step; steps of one phase run one after another, in the order registered. */
    onShutdown(name: string, phase: ShutdownPhase, run: () => Promise<unknown>) {
      steps.push({ name, phase, run });
    },
    install() {
      proc.once("SIGTERM", () => onSignal("SIGTERM"));
      proc.once("SIGINT", () => onSignal("SIGINT"));
      proc.exit = heldExit;
    },
  };
}

/**
 * The app process's own deadline: SHUTDOWN_TIMEOUT_MS less a reserve (up to 2 s) for what happens
 * after it exits (`npm start` stops the embedded database), so the whole stops within the setting.
 */
export function appDeadlineMs(shutdownTimeoutMs: number): number {
  return shutdownTimeoutMs - Math.min(2_000, Math.floor(shutdownTimeoutMs / 5));
}

const globalForShutdown = globalThis as unknown as { __coachShutdown?: ReturnType<typeof createShutdown> };

/**
 * This process's shutdown. Modules register their steps as they open resources; only the Next.js
 * server installs it (instrumentation.ts), so scripts and tests keep their own signal handling.
 */
export function processShutdown(timeoutMs?: number) {
  globalForShutdown.__coachShutdown ??= createShutdown({
    proc: process as unknown as ShutdownProcess,
    log: logger,
    ...(timeoutMs === undefined ? {} : { timeoutMs: appDeadlineMs(timeoutMs) }),
    inFlight: () => requestsInFlight(),
  });
  return globalForShutdown.__coachShutdown;
}
