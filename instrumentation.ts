import type { Instrumentation } from "next";

/**
 * Runs once when a Next.js server starts. With JOBS_WORKER=in-process (the default) the email
 * worker runs inside the web app, so `npm run dev` and `npm start` need nothing else; several
 * instances may all run it, since each message is claimed by exactly one of them.
 *
 * Everything Node.js-only sits behind `process.env.NEXT_RUNTIME === "nodejs"`, the form Next.js
 * removes from its Edge compile of this file: an early `return` for other runtimes leaves the rest
 * in that compile, and its `process.exit` printed an Edge-runtime warning on every dev compile.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startNodeServer } = await import("./lib/composition/start-node-server");
    await startNodeServer();
  }
}

/** Every error a page, route or action throws, as one structured line with the request's id. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { loggableError, loggablePath, requestLogger } = await import("./lib/platform/log");
    requestLogger(request.headers).error(
      { err: loggableError(error), method: request.method, path: loggablePath(request.path), route: context.routePath, kind: context.routeType },
      "request failed",
    );
  }
};
