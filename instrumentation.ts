import type { Instrumentation } from "next";

/**
 * Runs once when a Next.js server starts. With JOBS_WORKER=in-process (the default) the email
 * worker runs inside the web app, so `npm run dev` and `npm start` need nothing else; several
 * instances may all run it, since each message is claimed by exactly one of them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { processShutdown } = await import("./lib/shutdown");
  processShutdown().install();
  const { startInProcessWorker } = await import("./lib/jobs/in-process");
  await startInProcessWorker();
}

/** Every error a page, route or action throws, as one structured line with the request's id. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { requestLogger } = await import("./lib/log");
  const failure = error as Error & { digest?: string };
  requestLogger(request.headers).error(
    { err: { message: failure.message, name: failure.name, digest: failure.digest, stack: failure.stack }, method: request.method, path: request.path, route: context.routePath, kind: context.routeType },
    "request failed",
  );
};
