import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { log } from "./log";

const require = createRequire(import.meta.url);

/**
 * Loaded into every server process before Next.js: records each connection's address and the
 * requests in flight (see the file). Without it the app cannot tell clients apart.
 */
export const HTTP_HOOKS = path.resolve("lib/platform/server/http-hooks.mjs");

/**
 * Runs the Next.js CLI (`next dev …`) as a child; see runNodeServer. `next dev` starts its server
 * in a process of its own, so the hooks travel in NODE_OPTIONS, which it passes on.
 */
export function runNext(args: string[], env: NodeJS.ProcessEnv, onExit: () => Promise<void>): void {
  const nodeOptions = [env.NODE_OPTIONS, `--import=${JSON.stringify(HTTP_HOOKS)}`].filter(Boolean).join(" ");
  runNodeServer([require.resolve("next/dist/bin/next"), ...args], { ...env, NODE_OPTIONS: nodeOptions }, onExit);
}

/**
 * Runs a Node server as a child and owns shutdown: a signal goes to the child first, and only
 * when it has exited does `onExit` run (which stops the embedded database). That order is what
 * leaves no orphaned `postgres` behind after Ctrl-C or a SIGTERM from a supervisor, and it gives the
 * app the time it takes to finish its requests and jobs (lib/platform/shutdown.ts).
 */
export function runNodeServer(args: string[], env: NodeJS.ProcessEnv, onExit: () => Promise<void>): void {
  const child = spawn(process.execPath, args, {
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  let stopping = false;

  // The app keeps its own deadline (lib/platform/shutdown.ts); this one holds if it cannot (a hung process).
  const timeoutMs = Number(env.SHUTDOWN_TIMEOUT_MS) || 30_000;
  const forward = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`Received ${signal}; stopping ...`);
    if (child.exitCode === null) child.kill(signal);
    setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill("SIGKILL"), Math.max(500, timeoutMs - 1_000)).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => forward(signal));

  child.on("exit", (code, signal) => {
    void onExit().finally(() => {
      // 128 + signal is how a server reports "stopped by the signal I was sent": a clean stop.
      const stoppedBySignal = stopping && (code === 130 || code === 143 || signal !== null);
      process.exit(stoppedBySignal ? 0 : (code ?? 1));
    });
  });
}
