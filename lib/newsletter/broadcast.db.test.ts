import { and, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { broadcasts, emailOutbox, subscribers } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { createEmailService } from "@/lib/email/service";
import { localTransport, resendTransport, type EmailTransport } from "@/lib/email/transport";
import { startRecordingServer } from "@/lib/platform/testing/recording-server";
import { allFieldErrors } from "@/lib/platform/forms/action";
import { broadcastInputSchema } from "./broadcast-schema";
import { createBroadcastService, type BroadcastDeps } from "./broadcast-service";

const database = freshTestDatabase();
let resendApi: Awaited<ReturnType<typeof startRecordingServer>>;
/** What the fake Resend remembers per Idempotency-Key, as Resend does for 24 hours. */
const answered = new Map<string, { body: string; ids: string[] }>();
/** Every message the fake actually delivered (first use of a key only). */
const delivered: string[] = [];
const jobs: { name: string; data: unknown }[] = [];
let clock = new Date("2026-12-01T08:00:00Z");

beforeAll(async () => {
  resendApi = await startRecordingServer((request) => {
    const key = String(request.headers["idempotency-key"]);
    const known = answered.get(key);
    if (known) {
      if (known.body !== request.body) return { status: 409, body: { name: "invalid_idempotent_request", message: "Same key, different body" } };
      return { status: 200, body: { data: known.ids.map((id) => ({ id })) } };
    }
    const messages = JSON.parse(request.body) as { to: string[] | string; headers?: Record<string, string> }[];
    const ids = messages.map(() => `re_${Math.random().toString(36).slice(2)}`);
    for (const message of messages) delivered.push(Array.isArray(message.to) ? message.to[0]! : message.to);
    answered.set(key, { body: request.body, ids });
    return { status: 200, body: { data: ids.map((id) => ({ id })) } };
  });
  process.env.RESEND_BASE_URL = resendApi.url;

  const { db } = database();
  const at = new Date("2026-01-01T00:00:00Z");
  const reader = (email: string, status: "confirmed" | "pending" | "unsubscribed", source = "/") => ({
    email,
    status,
    source,
    consentText: "yes",
    signedUpAt: at,
    confirmedAt: status === "pending" ? null : at,
  });
  const rows = [
    ...Array.from({ length: 1000 }, (_, index) => reader(`reader${String(index).padStart(4, "0")}@example.com`, "confirmed", index < 30 ? "import:substack" : "/")),
    ...Array.from({ length: 25 }, (_, index) => reader(`pending${index}@example.com`, "pending")),
    ...Array.from({ length: 25 }, (_, index) => reader(`gone${index}@example.com`, "unsubscribed")),
  ];
  for (let start = 0; start < rows.length; start += 500) await db.insert(subscribers).values(rows.slice(start, start + 500));
});

afterAll(async () => {
  await resendApi.close();
  delete process.env.RESEND_BASE_URL;
});

function deps(transport: EmailTransport): BroadcastDeps {
  const { db } = database();
  return {
    db,
    boss: { send: async (name: string, data: object) => (jobs.push({ name, data }), null) } as never,
    email: createEmailService({ db, boss: { send: async () => null }, transport, from: { transactional: "hello@example.com", newsletter: "Mira <letters@example.com>" }, now: () => clock }),
    appUrl: "https://coach.example",
    secret: "test-secret-test-secret-test-secret",
    coachName: async () => "Mira Holloway",
    now: () => clock,
    pauseMs: 0,
    leaseMs: 60_000,
  };
}

/** A process that dies right after the provider accepted a batch, before it could write that down. */
function dyingAfter(batchCalls: number, inner: EmailTransport): EmailTransport {
  let calls = 0;
  return {
    ...inner,
    async sendBatch(emails, key) {
      const result = await inner.sendBatch(emails, key);
      calls += 1;
      if (calls === batchCalls) throw new Error("the process was killed");
      return result;
    },
  };
}

describe("broadcast sending", () => {
  it("sends exactly one message to each of 1,000 confirmed readers, none to pending or unsubscribed, even when the sender dies halfway", async () => {
    const { db } = database();
    const first = createBroadcastService(deps(dyingAfter(6, resendTransport("re_test_key"))));
    const saved = await first.save(null, { subject: "Two tennis balls", preheader: "Feet first", body: "Hello **you**.", routineSlugs: [], audienceSource: null });
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.id : "";
    expect(await first.schedule(id, null)).toEqual({ ok: true });

    await expect(first.run(id)).rejects.toThrow("the process was killed");
    expect(delivered).toHaveLength(600);
    const midway = await db.select({ status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.broadcastId, id));
    expect(midway).toHaveLength(1000);
    expect(midway.filter((row) => row.status === "sent")).toHaveLength(500);

    // While the dead sender's lease lasts nobody else sends; after it, a new sender resumes.
    const second = createBroadcastService(deps(resendTransport("re_test_key")));
    expect(await second.run(id)).toBe("busy");
    clock = new Date(clock.getTime() + 61_000);
    expect(await second.resumeAbandoned()).toBe(1);
    expect(await second.run(id)).toBe("sent");

    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.broadcastId, id));
    expect(rows).toHaveLength(1000);
    expect(rows.every((row) => row.status === "sent" && row.providerMessageId)).toBe(true);
    expect(new Set(rows.map((row) => row.toAddress)).size).toBe(1000);
    expect(rows.some((row) => /pending|gone/.test(row.toAddress))).toBe(false);
    // The provider saw 11 batch calls (10 + the replay of the one in flight) and delivered 1,000 messages, each once.
    expect(resendApi.requests.filter((request) => request.path === "/emails/batch")).toHaveLength(11);
    expect(delivered).toHaveLength(1000);
    expect(new Set(delivered).size).toBe(1000);
    // Every message carries its reader's own one-click link.
    const sample = rows.find((row) => row.toAddress === "reader0042@example.com")!;
    const [reader] = await db.select().from(subscribers).where(eq(subscribers.email, "reader0042@example.com"));
    expect(sample.headers["List-Unsubscribe"]).toBe(`<https://coach.example/api/newsletter/unsubscribe/${reader!.id}.${sample.headers["List-Unsubscribe"]!.split(".").pop()!.replace(">", "")}>`);
    // The letter is stored once; the copy the provider got carries this reader's own page link.
    expect(sample.html).toBe("");
    const copy = resendApi.requests
      .filter((request) => request.path === "/emails/batch")
      .flatMap((request) => JSON.parse(request.body) as { to: string[] | string; html: string }[])
      .find((message) => [message.to].flat()[0] === "reader0042@example.com")!;
    expect(copy.html).toContain(`/newsletter/preferences/${reader!.id}.`);
    expect(copy.html).not.toContain("preferences.invalid");

    const [done] = await db.select().from(broadcasts).where(eq(broadcasts.id, id));
    expect(done).toMatchObject({ status: "sent", recipientCount: 1000, slug: "two-tennis-balls-2026-12" });
    // Running it again does nothing.
    expect(await second.run(id)).toBe("not-due");
    expect(await db.$count(emailOutbox, eq(emailOutbox.broadcastId, id))).toBe(1000);
  });

  it("sends to one source only when asked, and keeps a sent letter from being edited", async () => {
    const { db } = database();
    const service = createBroadcastService(deps(localTransport));
    const saved = await service.save(null, { subject: "For Substack readers", preheader: "", body: "Hi.", routineSlugs: [], audienceSource: "import:substack" });
    const id = saved.ok ? saved.id : "";
    await service.schedule(id, null);
    expect(await service.run(id)).toBe("sent");
    expect(await db.$count(emailOutbox, and(eq(emailOutbox.broadcastId, id), isNotNull(emailOutbox.sentAt)))).toBe(30);
    expect(await service.save(id, { subject: "Changed", preheader: "", body: "x", routineSlugs: [], audienceSource: null })).toEqual({
      ok: false,
      errors: { form: "This letter has already gone out and can no longer be changed." },
    });
  });

  it("stops a letter whose senders keep dying before a batch goes out, shows why, and resumes it when asked", async () => {
    const { db } = database();
    const crashing: EmailTransport = {
      ...localTransport,
      async sendBatch() {
        throw new Error("JavaScript heap out of memory");
      },
    };
    const service = createBroadcastService({ ...deps(crashing), maxAttemptsWithoutProgress: 3 });
    const saved = await service.save(null, { subject: "Too big", preheader: "", body: "Long.", routineSlugs: [], audienceSource: "import:substack" });
    const id = saved.ok ? saved.id : "";
    await service.schedule(id, null);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await expect(service.run(id)).rejects.toThrow("heap out of memory");
      clock = new Date(clock.getTime() + 61_000); // the dead sender's lease runs out; the sweeper queues the letter again
      expect(await service.resumeAbandoned()).toBe(1);
    }
    // The fourth sender in a row finds three failures before it and stops instead of trying again.
    expect(await service.run(id)).toBe("failed");
    expect(await service.resumeAbandoned()).toBe(0);
    const [stopped] = await db.select().from(broadcasts).where(eq(broadcasts.id, id));
    expect(stopped).toMatchObject({ status: "failed" });
    expect(stopped!.lastError).toContain("JavaScript heap out of memory");

    const healthy = createBroadcastService(deps(localTransport));
    expect(await healthy.resume(id)).toBe(true);
    expect(await healthy.run(id)).toBe("sent");
    expect(await db.$count(emailOutbox, and(eq(emailOutbox.broadcastId, id), eq(emailOutbox.status, "sent")))).toBe(30);
  });

  it("skips the copy of a reader who left after sending started", async () => {
    const { db } = database();
    const service = createBroadcastService(deps(localTransport));
    const saved = await service.save(null, { subject: "A second letter", preheader: "", body: "Hi.", routineSlugs: [], audienceSource: "import:substack" });
    const id = saved.ok ? saved.id : "";
    await service.schedule(id, null);
    const leaving = createBroadcastService({
      ...deps(localTransport),
      email: {
        ...deps(localTransport).email,
        async deliverNextBatch(broadcastId, compose) {
          await db.update(subscribers).set({ status: "unsubscribed" }).where(eq(subscribers.email, "reader0001@example.com"));
          return deps(localTransport).email.deliverNextBatch(broadcastId, compose);
        },
      },
    });
    expect(await leaving.run(id)).toBe("sent");
    const [left] = await db.select().from(emailOutbox).where(and(eq(emailOutbox.broadcastId, id), eq(emailOutbox.toAddress, "reader0001@example.com")));
    expect(left).toMatchObject({ status: "skipped", lastError: "The reader left the list before this copy went out." });
    expect(await db.$count(emailOutbox, and(eq(emailOutbox.broadcastId, id), eq(emailOutbox.status, "sent")))).toBe(29);
  });

  it("refuses bad input, unknown routines and times in the past", async () => {
    const service = createBroadcastService(deps(localTransport));
    const bad = broadcastInputSchema.safeParse({ subject: "", preheader: "", body: "", routineSlugs: ["no-such-routine"], audienceSource: null });
    expect(bad.success).toBe(false);
    expect(Object.keys(allFieldErrors(bad.error!)).sort()).toEqual(["body", "subject"]);
    expect(await service.save(null, { subject: "S", preheader: "", body: "B", routineSlugs: ["no-such-routine"], audienceSource: null })).toEqual({
      ok: false,
      errors: { routineSlugs: "Pick published routines only." },
    });
    const saved = await service.save(null, { subject: "Later", preheader: "", body: "B", routineSlugs: [], audienceSource: null });
    expect(await service.schedule(saved.ok ? saved.id : "", new Date(clock.getTime() - 3_600_000))).toMatchObject({ ok: false });
    // Scheduled for later: not due yet, and it can be taken back to draft.
    expect(await service.schedule(saved.ok ? saved.id : "", new Date(clock.getTime() + 3_600_000))).toEqual({ ok: true });
    expect(await service.run(saved.ok ? saved.id : "")).toBe("not-due");
    expect(await service.cancelSchedule(saved.ok ? saved.id : "")).toBe(true);
  });

  it("deletes a draft, and nothing that is scheduled or sent", async () => {
    const { db } = database();
    const service = createBroadcastService(deps(localTransport));
    const draft = await service.save(null, { subject: "Second thoughts", preheader: "", body: "B", routineSlugs: [], audienceSource: null });
    const scheduled = await service.save(null, { subject: "Tomorrow", preheader: "", body: "B", routineSlugs: [], audienceSource: null });
    const draftId = draft.ok ? draft.id : "";
    const scheduledId = scheduled.ok ? scheduled.id : "";
    await service.schedule(scheduledId, new Date(clock.getTime() + 3_600_000));

    expect(await service.deleteDraft(scheduledId)).toBeNull();
    expect(await service.deleteDraft(draftId)).toEqual({ id: draftId, subject: "Second thoughts" });
    expect(await service.deleteDraft(draftId)).toBeNull();
    expect(await db.$count(broadcasts, eq(broadcasts.id, draftId))).toBe(0);
    expect(await db.$count(broadcasts, eq(broadcasts.id, scheduledId))).toBe(1);
    const sent = (await db.select({ id: broadcasts.id }).from(broadcasts).where(eq(broadcasts.status, "sent")))[0]!;
    expect(await service.deleteDraft(sent.id)).toBeNull();
  });
});
