import { logger } from "@/lib/log";

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
 * The exit is held until both phases are done, or until `timeoutMs` has passed, whichever is first:
 * a container platform kills the process after its own grace period anyway (30 s by default).
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

export function createShutdown({ proc, log, timeoutMs = 25_000 }: { proc: ShutdownProcess; log: ShutdownLog; timeoutMs?: number }) {
  const steps: Step[] = [];
  let signalled: Promise<void> | undefined;
  let exiting = false;

  const runPhase = async (phase: ShutdownPhase) => {
    for (const step of steps.filter((candidate) => candidate.phase === phase)) {
      const startedAt = Date.now();
      try {
        await step.run();
        log.info({ step: step.name, ms: Date.now() - startedAt }, "shutdown step done");
      } catch (error) {
        log.error({ step: step.name, err: error instanceof Error ? error.message : String(error) }, "shutdown step failed");
      }
    }
  };

  const onSignal = (signal: string) => {
    log.info({ signal }, "shutting down");
    signalled ??= runPhase("on-signal");
  };

  const realExit = proc.exit.bind(proc);
  const heldExit = ((code?: number) => {
    // An exit that is not part of a shutdown (a crash, a failed start) is not held.
    if (!signalled || exiting) return realExit(code);
    exiting = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        log.error({ timeoutMs }, "shutdown took too long; exiting anyway");
        resolve();
      }, timeoutMs);
    });
    void Promise.race([signalled.then(() => runPhase("before-exit")), deadline]).finally(() => {
      clearTimeout(timer);
      log.info({ code }, "stopped");
      realExit(code);
    });
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

const globalForShutdown = globalThis as unknown as { __coachShutdown?: ReturnType<typeof createShutdown> };

/**
 * This process's shutdown. Modules register their steps as they open resources; only the Next.js
 * server installs it (instrumentation.ts), so scripts and tests keep their own signal handling.
 */
export function processShutdown() {
  globalForShutdown.__coachShutdown ??= createShutdown({
    proc: process as unknown as ShutdownProcess,
    log: logger,
  });
  return globalForShutdown.__coachShutdown;
}
