import { createDatabase } from "@/db/connect";
import { createServices } from "@/lib/composition/services";
import { emailTransportFor, paymentProviderFor } from "@/lib/composition/infrastructure";
import { getBoss } from "@/lib/composition/web";
import { logPoolMisuse } from "@/lib/composition/database";
import { databaseLimits, env } from "@/lib/platform/env";
import { logger } from "@/lib/platform/log";
import { processShutdown } from "@/lib/platform/shutdown";
import { startWorkers } from "./start-workers";

/** With JOBS_WORKER=in-process (the default) the workers run inside the web app. */
export async function startInProcessWorker() {
  const config = env();
  if (config.JOBS_WORKER !== "in-process" || !config.DATABASE_URL) return;
  try {
    const boss = await getBoss();
    // Its own small pool: background work never competes with page requests for connections.
    const { db, sql } = createDatabase(config.DATABASE_URL, { name: "worker", max: 3, ...databaseLimits(config), onMisuse: logPoolMisuse });
    const services = createServices({ db, boss, transport: emailTransportFor(config), config, paymentProvider: paymentProviderFor(config) });
    const workers = await startWorkers(boss, services);
    // Stop taking jobs and let the one in hand finish; the queue and this pool close only once the
    // web requests in flight are done with them.
    const shutdown = processShutdown();
    shutdown.onShutdown("workers", "on-signal", () => workers.stop());
    shutdown.onShutdown("job queue", "before-exit", () => boss.stop({ graceful: true, timeout: 10_000 }));
    shutdown.onShutdown("worker database pool", "before-exit", () => sql.end({ timeout: 5 }));
  } catch (error) {
    // The site must still serve pages when the queue cannot start; /admin/emails shows the backlog.
    logger.error({ err: error instanceof Error ? error.message : String(error) }, "the in-process job worker did not start");
  }
}
