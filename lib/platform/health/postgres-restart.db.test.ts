import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { afterAll, expect, it } from "vitest";
import { createDatabase } from "@/db/connect";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";
import { emailOutbox } from "@/db/schema";
import { createEmailService } from "@/lib/email/service";
import { localTransport } from "@/lib/email/transport";
import { createBoss } from "@/lib/platform/queue/boss";
import { startEmailWorker } from "@/lib/workers/email-worker";
import { waitFor } from "@/lib/platform/testing/recording-server";
import { freePort } from "@/scripts/lib/free-port";
import { checkHealth } from "./check";

/**
 * PostgreSQL restarts under a running app (a managed database's maintenance window): the app's
 * pool and the job queue must come back by themselves, and mail queued before the restart must
 * still go out. A cluster of its own, so the shared test server is never stopped.
 */
// Under the system temp folder, not the checkout: PostgreSQL runs as its own user, which may not
// be able to enter the folder the project was cloned into (mktemp -d makes it 0700).
const dir = mkdtempSync(path.join(tmpdir(), "coach-restart-"));
chmodSync(dir, 0o755);
let cluster: EmbeddedPostgres | undefined;
let boss: PgBoss | undefined;
let closePool: (() => Promise<void>) | undefined;

afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true }).catch(() => undefined);
  await closePool?.().catch(() => undefined);
  await cluster?.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

it("health goes 503 while PostgreSQL is down and back to 200 after, and queued mail is still delivered", async () => {
  const port = await freePort();
  const start = () => startEmbeddedPostgres({ dir, port, database: "coach_restart", log: () => undefined });
  cluster = await start();
  await runMigrations(cluster.url);
  const { db, sql } = createDatabase(cluster.url, { max: 2 });
  closePool = () => sql.end({ timeout: 2 });
  boss = await createBoss(cluster.url);
  const email = createEmailService({ db, boss, transport: localTransport, from: { transactional: "hello@example.com", newsletter: "letters@example.com" } });
  const health = () => checkHealth({ pingDatabase: () => sql`select 1`, version: "test", timeoutMs: 1000 });

  expect((await health()).status).toBe("ok");
  // Queued while the worker is not running: it is in the outbox and in the queue, nowhere else.
  const message = await email.sendEmail({ to: "reader@example.com", template: "welcome", props: { coachName: "Mira", appUrl: "https://coach.example" } });

  await cluster.stop();
  expect(await health()).toMatchObject({ status: "degraded", db: "down" });

  cluster = await start();
  // The same pool, not a new one: it reconnects on its own.
  await waitFor(async () => (await health()).status === "ok", 20_000, "health to recover");

  const worker = await startEmailWorker(boss, email, { pollingIntervalSeconds: 1, sweepIntervalMs: 0 });
  try {
    const sent = await waitFor(
      async () => {
        const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, message.id));
        return row?.status === "sent" ? row : undefined;
      },
      30_000,
      "the queued message to be delivered",
    );
    expect(sent.attempts).toBe(1);
  } finally {
    await worker.stop();
  }
}, 120_000);
