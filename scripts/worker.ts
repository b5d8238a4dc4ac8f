/**
 * `npm run worker`: the job worker as its own process, for deployments that run the web app with
 * JOBS_WORKER=off. Needs DATABASE_URL: the embedded database belongs to `npm run dev`/`npm start`.
 */
import { createDatabase } from "../db/connect";
import { emailTransportFor, paymentProviderFor } from "../lib/composition/infrastructure";
import { createServices } from "../lib/composition/services";
import { databaseLimits } from "../lib/platform/env";
import { createBoss } from "../lib/platform/queue/boss";
import { startWorkers } from "../lib/workers/start-workers";
import { loadEnvOrExit } from "./lib/database";
import { fail, log } from "./lib/log";

const config = loadEnvOrExit();
if (!config.DATABASE_URL) fail("npm run worker needs DATABASE_URL (the embedded database is only for npm run dev and npm start).");
if (!config.AUTH_SECRET) fail("npm run worker needs AUTH_SECRET, the same as the web app's (booking links are derived from it).");

const { db, sql } = createDatabase(config.DATABASE_URL!, { name: "worker", max: 5, ...databaseLimits(config) });
const boss = await createBoss(config.DATABASE_URL!, databaseLimits(config));
const services = createServices({ db, boss, transport: emailTransportFor(config), config, paymentProvider: paymentProviderFor(config) });
const workers = await startWorkers(boss, services);
log(`Worker running (email via ${config.RESEND_API_KEY ? "Resend" : "the local transport"}). Ctrl-C to stop.`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`Received ${signal}; finishing the job in hand ...`);
  // Whatever hangs, the process ends: a platform would kill it after its grace period anyway.
  setTimeout(() => {
    log("The job in hand did not finish within 30 s; exiting anyway.");
    process.exit(1);
  }, config.SHUTDOWN_TIMEOUT_MS).unref();
  await workers.stop();
  await boss.stop({ graceful: true, timeout: 20_000 });
  await sql.end({ timeout: 5 });
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
