import { env } from "@/lib/platform/env";
import { logger } from "@/lib/platform/log";
import { processShutdown } from "@/lib/platform/shutdown";
import { eventLoopMonitor } from "./web";
import { httpHooksLoaded } from "@/lib/platform/server/http-state";
import { startInProcessWorker } from "@/lib/workers/in-process";

/**
 * What a Node.js server does once, as it starts (instrumentation.ts imports it only in the Node.js
 * runtime, so the Edge compile of instrumentation.ts never sees `process.exit`).
 */
export async function startNodeServer() {
  // Without the hooks every visitor would look alike to the rate limits, or be whoever the
  // X-Forwarded-For header says; a server must not run like that.
  if (!httpHooksLoaded() && env().TRUST_PROXY.kind !== "platform") {
    logger.fatal({}, "The HTTP hooks are not loaded: start the app with `npm start`, or run `node --import ./http-hooks.mjs server.js` in .next/standalone.");
    process.exit(1);
  }
  processShutdown(env().SHUTDOWN_TIMEOUT_MS).install();
  // Measured from the start, so /api/health's first answer already covers the last seconds.
  eventLoopMonitor();
  await startInProcessWorker();
}
