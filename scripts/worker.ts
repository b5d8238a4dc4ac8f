/**
 * `npm run worker`: the job worker as its own process, for deployments that run the web app with
 * JOBS_WORKER=off. Needs DATABASE_URL: the embedded database belongs to `npm run dev`/`npm start`.
 */
import { createDatabase } from "../db/connect";
import { createEmailService } from "../lib/email/service";
import { localTransport, resendTransport } from "../lib/email/transport";
import { bookingServiceFor } from "../lib/booking/wiring";
import { createBoss } from "../lib/jobs/boss";
import { startBookingReminderWorker } from "../lib/jobs/booking-reminder-worker";
import { startEmailWorker } from "../lib/jobs/email-worker";
import { startBroadcastWorker } from "../lib/jobs/broadcast-worker";
import { broadcastServiceFor } from "../lib/newsletter/wiring";
import { loadEnvOrExit } from "./lib/database";
import { fail, log } from "./lib/log";

const env = loadEnvOrExit();
if (!env.DATABASE_URL) fail("npm run worker needs DATABASE_URL (the embedded database is only for npm run dev and npm start).");

const { db, sql } = createDatabase(env.DATABASE_URL!, { max: 5 });
const boss = await createBoss(env.DATABASE_URL!);
const service = createEmailService({
  db,
  boss,
  transport: env.RESEND_API_KEY ? resendTransport(env.RESEND_API_KEY) : localTransport,
  from: { transactional: env.EMAIL_FROM, newsletter: env.NEWSLETTER_FROM },
});
const worker = await startEmailWorker(boss, service);
if (!env.AUTH_SECRET) fail("npm run worker needs AUTH_SECRET, the same as the web app's (booking links are derived from it).");
const reminders = await startBookingReminderWorker(boss, bookingServiceFor(db, service, boss, env));
const letters = await startBroadcastWorker(boss, broadcastServiceFor(db, service, boss, env.RESEND_API_KEY ? resendTransport(env.RESEND_API_KEY) : localTransport, env));
log(`Worker running (email via ${env.RESEND_API_KEY ? "Resend" : "the local transport"}). Ctrl-C to stop.`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`Received ${signal}; finishing the job in hand ...`);
  await worker.stop();
  await reminders.stop();
  await letters.stop();
  await boss.stop({ graceful: true, timeout: 20_000 });
  await sql.end({ timeout: 5 });
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
