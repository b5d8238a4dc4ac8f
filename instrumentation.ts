import type { Instrumentation } from "next";

/**
 * Runs once when a Next.js server starts. With JOBS_WORKER=in-process (the default) the email
 * worker runs inside the web app, so `npm run dev` and `npm start` need nothing else; several
 * instances may all run it, since each message is claimed by exactly one of them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  const { logger } = await import("./lib/log");
  const { httpHooksLoaded } = await import("./lib/server/http-state");
  // Without the hooks every visitor would look alike to the rate limits, or be whoever the
  // X-Forwarded-For header says; a server must not run like that.
  if (!httpHooksLoaded() && env().TRUST_PROXY.kind !== "platform") {
    logger.fatal({}, "The HTTP hooks are not loaded: start the app with `npm start`, or run `node --import ./http-hooks.mjs server.js` in .next/standalone.");
    process.exit(1);
  }
  const { processShutdown } = await import("./lib/shutdown");
  processShutdown(env().SHUTDOWN_TIMEOUT_MS).install();
  // Measured from the start, so /api/health's first answer already covers the last seconds.
  const { eventLoopMonitor } = await import("./lib/composition/web");
  eventLoopMonitor();
  const { startInProcessWorker } = await import("./lib/workers/in-process");
  await startInProcessWorker();
}

/** Every error a page, route or action throws, as one structured line with the request's id. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { loggableError, loggablePath, requestLogger } = await import("./lib/log");
  requestLogger(request.headers).error(
    { err: loggableError(error), method: request.method, path: loggablePath(request.path), route: context.routePath, kind: context.routeType },
    "request failed",
  );
};
