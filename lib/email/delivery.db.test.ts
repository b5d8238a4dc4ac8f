import { and, eq, inArray, sql } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { createBoss } from "@/lib/platform/queue/boss";
import { startEmailWorker } from "@/lib/workers/email-worker";
import { startRecordingServer, waitFor } from "@/lib/platform/testing/recording-server";
import { findOutboxMessage } from "./queries";
import { createEmailService, type EmailService } from "./service";
import { resendTransport } from "./transport";

const database = freshTestDatabase();
const from = { transactional: "Coach <hello@example.com>", newsletter: "Coach letters <letters@example.com>" };
const policy = { maxAttempts: 3, baseDelaySeconds: 1, maxDelaySeconds: 5 };

let resendApi: Awaited<ReturnType<typeof startRecordingServer>>;
let boss: PgBoss;
let service: EmailService;
let worker: Awaited<ReturnType<typeof startEmailWorker>> | undefined;

beforeAll(async () => {
  resendApi = await startRecordingServer(() => ({ status: 200, body: { id: `re_${Math.random().toString(36).slice(2)}` } }));
  // The real `resend` SDK reads its API address from RESEND_BASE_URL.
  process.env.RESEND_BASE_URL = resendApi.url;
  boss = await createBoss(database().url);
  service = createEmailService({ db: database().db, boss, transport: resendTransport("re_test_key"), from, retryPolicy: policy });
});

afterAll(async () => {
  await worker?.stop();
  await boss?.stop({ graceful: false, wait: true });
  await resendApi?.close();
  delete process.env.RESEND_BASE_URL;
});

beforeEach(async () => {
  await worker?.stop();
  worker = undefined;
  resendApi.requests.length = 0;
});

const welcome = (to: string) =>
  ({ to, template: "welcome", props: { coachName: "Mira Holloway", appUrl: "https://coach.example" } }) as const;

async function statusOf(id: string) {
  return (await findOutboxMessage(database().db, id))?.status;
}

describe("email delivery through Resend", () => {
  it("retries server errors until the message is sent, with one Idempotency-Key throughout", async () => {
    resendApi.respondWith({ status: 500, body: { statusCode: 500, name: "internal_server_error", message: "boom" } }, {
      status: 500,
      body: { statusCode: 500, name: "internal_server_error", message: "boom again" },
    });
    const message = await service.sendEmail(welcome("reader@example.com"));
    worker = await startEmailWorker(boss, service, { pollingIntervalSeconds: 0.5, sweepIntervalMs: 0 });

    await waitFor(async () => (await statusOf(message.id)) === "sent", 30_000, "the message to be sent");

    const stored = await findOutboxMessage(database().db, message.id);
    expect(stored).toMatchObject({ status: "sent", attempts: 3, lastError: null });
    expect(stored?.providerMessageId).toMatch(/^re_/);
    const posts = resendApi.requests.filter((request) => request.method === "POST" && request.path === "/emails");
    expect(posts).toHaveLength(3);
    expect(new Set(posts.map((request) => request.headers["idempotency-key"]))).toEqual(new Set([`outbox-${message.id}`]));
    const body = JSON.parse(posts[0]!.body);
    expect(body).toMatchObject({ from: from.transactional, to: "reader@example.com" });
    expect(body.subject).toContain("Mira Holloway");
    expect(body.html).toContain("https://coach.example/routines/tennis-ball-foot-release");
    expect(body.text).toContain("foot release");
    expect(posts[0]!.headers.authorization).toBe("Bearer re_test_key");
  });

  it("waits as long as a 429's retry-after asks before trying again", async () => {
    resendApi.respondWith({
      status: 429,
      headers: { "retry-after": "4" },
      body: { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests" },
    });
    const message = await service.sendEmail(welcome("patient@example.com"));
    expect(await service.deliver(message.id)).toBe("retry-scheduled");

    // The retry job is scheduled retry-after seconds out (exponential backoff would say 1).
    const jobs = await database().db.execute(sql`
      select extract(epoch from (start_after - created_on))::float as delay
      from pgboss.job where name = 'deliver-email' and data->>'messageId' = ${message.id} and state = 'created'
      order by created_on desc`);
    const delays = jobs.map((row) => Number((row as { delay: number }).delay));
    expect(delays.some((delay) => delay >= 3.5 && delay <= 5)).toBe(true);
    expect((await findOutboxMessage(database().db, message.id))?.lastError).toMatch(/429/);

    worker = await startEmailWorker(boss, service, { pollingIntervalSeconds: 0.5, sweepIntervalMs: 0 });
    await waitFor(async () => (await statusOf(message.id)) === "sent", 30_000, "the message to be sent");
  });

  it("stops at once on a permanent error, and the coach's retry sends it", async () => {
    resendApi.respondWith({ status: 422, body: { statusCode: 422, name: "validation_error", message: "Invalid `to` field" } });
    const message = await service.sendEmail(welcome("typo@example"));
    expect(await service.deliver(message.id)).toBe("failed");
    expect(await findOutboxMessage(database().db, message.id)).toMatchObject({ status: "failed", attempts: 1 });
    expect((await findOutboxMessage(database().db, message.id))?.lastError).toMatch(/Invalid `to` field/);

    expect(await service.retryFailed(message.id)).toBe(true);
    expect(await service.retryFailed(message.id)).toBe(false); // no longer failed
    expect(await service.deliver(message.id)).toBe("sent");
  });

  it("marks a message failed after the last attempt", async () => {
    const boom = { status: 503, body: { statusCode: 503, name: "internal_server_error", message: "down" } };
    resendApi.respondWith(boom, boom, boom);
    const message = await service.sendEmail(welcome("unlucky@example.com"));
    expect(await service.deliver(message.id)).toBe("retry-scheduled");
    expect(await service.deliver(message.id)).toBe("retry-scheduled");
    expect(await service.deliver(message.id)).toBe("failed");
    expect(await findOutboxMessage(database().db, message.id)).toMatchObject({ status: "failed", attempts: 3 });
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const { db } = database();
    const before = await db.$count(emailOutbox);
    await expect(
      db.transaction(async (tx) => {
        await service.sendEmail({ ...welcome("ghost@example.com"), tx });
        throw new Error("the caller changed its mind");
      }),
    ).rejects.toThrow("changed its mind");
    expect(await db.$count(emailOutbox)).toBe(before);
    expect(await db.$count(emailOutbox, eq(emailOutbox.toAddress, "ghost@example.com"))).toBe(0);
  });

  it("a database blink just after the provider took a message records it as sent, never sends it again", async () => {
    // The database answers "shutting down" to the first write after Resend took the message, as
    // it would mid-restart. Recording "sent" must wait it out, not treat it as a failed delivery.
    const real = database().db;
    let updates = 0;
    const blinking = new Proxy(real, {
      get(target, property, receiver) {
        // Update 1 claims the message; updates 2 and 3 come after Resend has it.
        if (property === "update" && [2, 3].includes(++updates)) {
          return () => {
            throw Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
          };
        }
        return Reflect.get(target, property, receiver);
      },
    });
    const blinkingService = createEmailService({ db: blinking, boss, transport: resendTransport("re_test_key"), from, retryPolicy: policy });
    const message = await blinkingService.sendEmail(welcome("blink@example.com"));
    resendApi.respondWith({ status: 200, body: { id: "re_blink" } });
    const sending = blinkingService.deliver(message.id);
    expect(await sending).toBe("sent");
    expect(await findOutboxMessage(real, message.id)).toMatchObject({ status: "sent", attempts: 1, providerMessageId: "re_blink" });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(resendApi.requests.filter((request) => request.path === "/emails")).toHaveLength(1);
  });

  it("two workers on one queue deliver each of 200 messages exactly once", async () => {
    const ids: string[] = [];
    for (let index = 0; index < 200; index += 1) ids.push((await service.sendEmail(welcome(`person${index}@example.com`))).id);

    const secondBoss = await createBoss(database().url);
    const secondService = createEmailService({ db: database().db, boss: secondBoss, transport: resendTransport("re_test_key"), from, retryPolicy: policy });
    worker = await startEmailWorker(boss, service, { pollingIntervalSeconds: 0.5, batchSize: 10, sweepIntervalMs: 0 });
    const secondWorker = await startEmailWorker(secondBoss, secondService, { pollingIntervalSeconds: 0.5, batchSize: 10, sweepIntervalMs: 0 });
    try {
      await waitFor(
        async () =>
          (await database().db.$count(emailOutbox, and(eq(emailOutbox.status, "sent"), inArray(emailOutbox.id, ids)))) === ids.length,
        60_000,
        "all 200 messages to be sent",
      );
    } finally {
      await secondWorker.stop();
      await secondBoss.stop({ graceful: false, wait: true });
    }

    const keys = resendApi.requests.map((request) => request.headers["idempotency-key"]);
    expect(keys).toHaveLength(200);
    expect(new Set(keys).size).toBe(200);
    expect(new Set(keys)).toEqual(new Set(ids.map((id) => `outbox-${id}`)));
  });
});
