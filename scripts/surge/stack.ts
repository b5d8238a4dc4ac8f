import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { createDatabase } from "../../db/connect";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";
import { seedDatabase } from "../../lib/seed/seed";
import { startRecordingServer } from "../../lib/platform/testing/recording-server";
import { freePort } from "../lib/free-port";
import { log } from "../lib/log";

export const SURGE_SHUTDOWN_TIMEOUT_MS = 10_000;
export const SURGE_SECRET = "surge-only-secret-surge-only-secret-surge";
/** Resend's webhook signing secret for the surge (a production build derives none). */
export const SURGE_RESEND_WEBHOOK_SECRET = `whsec_${Buffer.from("surge-only-resend-webhook-secret").toString("base64")}`;

/**
 * What the surge runs against: the production build started with `npm start`, on a PostgreSQL
 * cluster of its own (so it can be stopped under load without touching anything else), with the
 * real Resend SDK pointed at a local server that records every delivery.
 */
export async function startStack(options: { poolMax: number }) {
  if (!existsSync(".next/standalone/server.js")) throw new Error("No production build: run `npm run build` first (npm test makes one).");

  // Under the system temp folder: PostgreSQL runs as its own user, which must be able to enter it.
  const dir = mkdtempSync(path.join(tmpdir(), "coach-surge-"));
  chmodSync(dir, 0o755);
  const dbPort = await freePort();
  const startDatabase = () => startEmbeddedPostgres({ dir, port: dbPort, database: "coach_surge", log: () => undefined });
  let cluster: EmbeddedPostgres = await startDatabase();
  log(`PostgreSQL for the surge on port ${dbPort}; migrating and seeding ...`);
  await runMigrations(cluster.url);
  const seeded = createDatabase(cluster.url, { max: 1 });
  await seedDatabase(seeded.db);
  await seeded.sql.end({ timeout: 5 });

  // Every message the app delivers, keyed by the idempotency key the SDK sends with it.
  const deliveries = new Map<string, number>();
  const resend = await startRecordingServer((request) => {
    const key = String(request.headers["idempotency-key"] ?? "");
    deliveries.set(key, (deliveries.get(key) ?? 0) + 1);
    if (request.path.startsWith("/emails/batch")) {
      const batch = JSON.parse(request.body) as unknown[];
      return { status: 200, body: { data: batch.map((_, index) => ({ id: `re_${key}_${index}` })) } };
    }
    return { status: 200, body: { id: `re_${key}` } };
  });

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Another name for the same server: a redirect built from the request's address instead of
  // APP_URL would show up as 127.0.0.1.
  const appUrl = `http://localhost:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: cluster.url,
    DATABASE_POOL_MAX: String(options.poolMax),
    APP_URL: appUrl,
    AUTH_SECRET: SURGE_SECRET,
    RESEND_WEBHOOK_SECRET: SURGE_RESEND_WEBHOOK_SECRET,
    ADMIN_EMAILS: "coach@example.com",
    // The calendar burst connects addresses on a local fixture server.
    CALENDAR_ALLOW_PRIVATE_ADDRESSES: "1",
    RESEND_API_KEY: "re_surge_recording",
    RESEND_BASE_URL: resend.url,
    PAYMENTS_PROVIDER: "local",
    LOG_LEVEL: process.env.SURGE_LOG_LEVEL ?? "error",
    // Shorter than the default 30 s, so the SIGTERM burst shows the deadline holds without waiting long.
    SHUTDOWN_TIMEOUT_MS: String(SURGE_SHUTDOWN_TIMEOUT_MS),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete (env as Record<string, string | undefined>).E2E;
  delete (env as Record<string, string | undefined>).REDIS_URL;
  // The app's own log, for reading after a failed run.
  mkdirSync(".data", { recursive: true });
  const appLog = openSync(".data/surge-app.log", "w");
  const app: ChildProcess = spawn("npm", ["start", "--", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", appLog, appLog], detached: true });
  let exited = false;
  app.on("exit", () => {
    exited = true;
  });

  log(`Starting the production build on ${baseUrl} ...`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error("The app exited while starting; see .data/surge-app.log.");
    const healthy = await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline) throw new Error("The app did not become healthy within two minutes.");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  const sql = postgres(cluster.url, { max: 2, onnotice: () => {} });
  let stopped: { ms: number; exited: boolean } | undefined;
  return {
    baseUrl,
    appUrl,
    sql,
    deliveries,
    async stopDatabase() {
      await cluster.stop();
    },
    async startDatabase() {
      cluster = await startDatabase();
    },
    /** Resident memory of the app's server process (the standalone server.js under npm start), in bytes. */
    serverRss(): number {
      if (!app.pid) return 0;
      const rows = spawnSync("ps", ["-e", "-o", "pid=,ppid=,rss=,args="], { encoding: "utf8" })
        .stdout.split("\n")
        .map((line) => line.trim().split(/\s+/))
        .filter((fields) => fields.length >= 4)
        .map(([pid, ppid, rss, ...args]) => ({ pid: Number(pid), ppid: Number(ppid), rss: Number(rss) * 1024, args: args.join(" ") }));
      // npm → sh → tsx → node scripts/start.ts → node server.js, which names itself "next-server".
      const family = new Set([app.pid]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const row of rows) if (family.has(row.ppid) && !family.has(row.pid)) grew = Boolean(family.add(row.pid));
      }
      return rows.find((row) => family.has(row.pid) && (row.args.includes("next-server") || row.args.includes("server.js")))?.rss ?? 0;
    },
    /**
     * SIGTERM, as a platform sends it; resolves with how long the app took to exit. `afterExit` runs
     * once the app is gone and before the database stops (to count what was kept).
     */
    async stop(afterExit?: () => Promise<void>): Promise<{ ms: number; exited: boolean }> {
      if (stopped) return stopped;
      const started = Date.now();
      if (!exited && app.pid) process.kill(-app.pid, "SIGTERM");
      const deadline = started + 60_000;
      while (!exited && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      const result = { ms: Date.now() - started, exited };
      if (!exited && app.pid) process.kill(-app.pid, "SIGKILL");
      await afterExit?.().catch((error: unknown) => log(`counting after the app stopped failed: ${String(error)}`));
      await sql.end({ timeout: 2 }).catch(() => undefined);
      await resend.close();
      await cluster.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
      stopped = result;
      return result;
    },
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;
