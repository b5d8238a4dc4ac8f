import { and, asc, count, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type PgBoss from "pg-boss";
import type { Database, Executor } from "@/db/connect";
import { broadcasts, emailOutbox, routines, subscribers, type Broadcast } from "@/db/schema";
import type { EmailService } from "@/lib/email/service";
import { renderEmail } from "@/lib/email/render";
import { DeliveryError, type EmailTransport } from "@/lib/email/transport";
import { bossDb, QUEUES, type BroadcastJob } from "@/lib/jobs/boss";
import { listPublishedRoutinesWithSteps } from "@/lib/routines/queries";
import { totalSeconds } from "@/lib/routines/rules";
import { archiveSlug, batchNumber, broadcastInputSchema } from "./broadcast-schema";
import { listHeaders } from "./headers";
import { subscriberLinks } from "./tokens";
import { fieldErrors } from "@/lib/validation/field-errors";

export interface BroadcastDeps {
  db: Database;
  boss: Pick<PgBoss, "send">;
  email: Pick<EmailService, "sendEmail">;
  transport: EmailTransport;
  appUrl: string;
  secret: string;
  from: string;
  coachName: () => Promise<string>;
  now?: () => Date;
  /** Resend takes 100 messages per batch call. */
  batchSize?: number;
  /** Pause between batch calls, to stay under the provider's rate limit (Resend: 2 requests/s). */
  pauseMs?: number;
  /** How long a sender may work before another may assume it died and take over. */
  leaseMs?: number;
}

export type SaveResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };
export type RunOutcome = "sent" | "not-due" | "busy" | "retry-later" | "missing";

/** Stands in for each reader's own link in the shared render; replaced per recipient. */
const PREFERENCES_PLACEHOLDER = "https://preferences.invalid/__subscriber__";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createBroadcastService(deps: BroadcastDeps) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const batchSize = deps.batchSize ?? 100;
  const pauseMs = deps.pauseMs ?? 600;
  const leaseMs = deps.leaseMs ?? 5 * 60 * 1000;

  async function routineCards(slugs: string[]) {
    if (slugs.length === 0) return [];
    const published = await listPublishedRoutinesWithSteps(db);
    return slugs
      .map((slug) => published.find((routine) => routine.slug === slug))
      .filter((routine) => routine !== undefined)
      .map((routine) => ({
        title: routine.title,
        summary: routine.summary,
        minutes: Math.max(1, Math.round(totalSeconds(routine.steps) / 60)),
        playerUrl: `${deps.appUrl}/routines/${routine.slug}#timer`,
      }));
  }

  async function render(broadcast: Broadcast, options: { preferencesUrl: string; isTest?: boolean }) {
    return renderEmail("broadcast", {
      coachName: await deps.coachName(),
      subject: broadcast.subject,
      preheader: broadcast.preheader,
      body: broadcast.body,
      routines: await routineCards(broadcast.routineSlugs),
      appUrl: deps.appUrl,
      preferencesUrl: options.preferencesUrl,
      webVersionUrl: broadcast.slug ? `${deps.appUrl}/newsletter/archive/${broadcast.slug}` : null,
      isTest: options.isTest,
    });
  }

  async function find(id: string) {
    if (!/^[0-9a-f-]{36}$/.test(id)) return null;
    const [row] = await db.select().from(broadcasts).where(eq(broadcasts.id, id)).limit(1);
    return row ?? null;
  }

  /** Writes one outbox row per confirmed reader, in fixed batches, in the same transaction that starts the send. */
  async function materialise(tx: Executor, broadcast: Broadcast, startedAt: Date) {
    const taken = await tx.select({ slug: broadcasts.slug }).from(broadcasts).where(sql`${broadcasts.slug} like ${`${archiveSlug(broadcast.subject, startedAt)}%`}`);
    let slug = archiveSlug(broadcast.subject, startedAt);
    for (let n = 2; taken.some((row) => row.slug === slug); n += 1) slug = `${archiveSlug(broadcast.subject, startedAt)}-${n}`;
    const started = { ...broadcast, slug };

    const readers = await tx
      .select({ id: subscribers.id, email: subscribers.email })
      .from(subscribers)
      .where(and(eq(subscribers.status, "confirmed"), broadcast.audienceSource ? eq(subscribers.source, broadcast.audienceSource) : undefined))
      .orderBy(asc(subscribers.email));
    const rendered = await render(started, { preferencesUrl: PREFERENCES_PLACEHOLDER });
    const rows = readers.map((reader, index) => {
      const links = subscriberLinks(deps.appUrl, reader.id, deps.secret);
      return {
        kind: "newsletter" as const,
        template: "broadcast",
        toAddress: reader.email,
        fromAddress: deps.from,
        subject: rendered.subject,
        html: rendered.html.replaceAll(PREFERENCES_PLACEHOLDER, links.preferencesUrl),
        text: rendered.text.replaceAll(PREFERENCES_PLACEHOLDER, links.preferencesUrl),
        headers: listHeaders(links.oneClickUrl, deps.appUrl),
        broadcastId: broadcast.id,
        batchNo: batchNumber(index, batchSize),
      };
    });
    for (let start = 0; start < rows.length; start += 500) {
      await tx.insert(emailOutbox).values(rows.slice(start, start + 500)).onConflictDoNothing();
    }
    await tx
      .update(broadcasts)
      .set({ slug, status: "sending", startedAt, recipientCount: rows.length })
      .where(eq(broadcasts.id, broadcast.id));
  }

  /** Claims the next unfinished batch (queued, or left "sending" by a sender that died). */
  async function claimNextBatch(broadcastId: string) {
    const [next] = await db
      .select({ batchNo: emailOutbox.batchNo })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.broadcastId, broadcastId), inArray(emailOutbox.status, ["queued", "sending"])))
      .orderBy(asc(emailOutbox.batchNo))
      .limit(1);
    if (!next) return null;
    const rows = await db
      .update(emailOutbox)
      .set({ status: "sending", attempts: sql`${emailOutbox.attempts} + 1` })
      .where(and(eq(emailOutbox.broadcastId, broadcastId), eq(emailOutbox.batchNo, next.batchNo!), inArray(emailOutbox.status, ["queued", "sending"])))
      .returning();
    // Same order on every attempt, so a retried call carries exactly the messages its key was first used with.
    rows.sort((a, b) => a.toAddress.localeCompare(b.toAddress));
    return { batchNo: next.batchNo!, rows };
  }

  async function renewLease(id: string) {
    await db.update(broadcasts).set({ leaseUntil: new Date(now().getTime() + leaseMs) }).where(eq(broadcasts.id, id));
  }

  return {
    find,

    async list() {
      const sentCounts = db
        .select({ broadcastId: emailOutbox.broadcastId, status: emailOutbox.status, n: count().as("n") })
        .from(emailOutbox)
        .groupBy(emailOutbox.broadcastId, emailOutbox.status)
        .as("counts");
      const rows = await db.select().from(broadcasts).orderBy(desc(broadcasts.createdAt));
      const counts = await db.select().from(sentCounts);
      return rows.map((row) => {
        const mine = counts.filter((entry) => entry.broadcastId === row.id);
        const of = (status: string) => Number(mine.find((entry) => entry.status === status)?.n ?? 0);
        return { ...row, sent: of("sent"), failed: of("failed"), waiting: of("queued") + of("sending") };
      });
    },

    async save(id: string | null, input: unknown): Promise<SaveResult> {
      const parsed = broadcastInputSchema.safeParse(input);
      if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
      const values = { ...parsed.data, audienceSource: parsed.data.audienceSource || null };
      const known = values.routineSlugs.length
        ? await db.select({ slug: routines.slug }).from(routines).where(and(inArray(routines.slug, values.routineSlugs), eq(routines.status, "published")))
        : [];
      if (known.length !== new Set(values.routineSlugs).size) return { ok: false, errors: { routineSlugs: "Pick published routines only." } };
      if (!id) {
        const [row] = await db.insert(broadcasts).values(values).returning({ id: broadcasts.id });
        return { ok: true, id: row!.id };
      }
      const [row] = await db
        .update(broadcasts)
        .set(values)
        .where(and(eq(broadcasts.id, id), inArray(broadcasts.status, ["draft", "scheduled"])))
        .returning({ id: broadcasts.id });
      if (!row) return { ok: false, errors: { form: "This letter has already gone out and can no longer be changed." } };
      return { ok: true, id: row.id };
    },

    /** The email as a reader will see it, with a stand-in for their own links. */
    async preview(id: string) {
      const broadcast = await find(id);
      if (!broadcast) return null;
      return render(broadcast, { preferencesUrl: `${deps.appUrl}/newsletter` });
    },

    /** A single copy to the coach, through the normal outbox; marked as a test. */
    async sendTest(id: string, to: string) {
      const broadcast = await find(id);
      if (!broadcast) return false;
      await deps.email.sendEmail({
        to,
        kind: "newsletter",
        template: "broadcast",
        props: {
          coachName: await deps.coachName(),
          subject: broadcast.subject,
          preheader: broadcast.preheader,
          body: broadcast.body,
          routines: await routineCards(broadcast.routineSlugs),
          appUrl: deps.appUrl,
          preferencesUrl: `${deps.appUrl}/newsletter`,
          webVersionUrl: null,
          isTest: true,
        },
      });
      return true;
    },

    /** Send now (no time) or at a time; the job is written with the status change, or neither is. */
    async schedule(id: string, at: Date | null): Promise<{ ok: true } | { ok: false; error: string }> {
      const when = at ?? now();
      if (at && at.getTime() < now().getTime() - 60_000) return { ok: false, error: "That time has passed; pick a time in the future, or send now." };
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(broadcasts)
          .set({ status: "scheduled", scheduledFor: when })
          .where(and(eq(broadcasts.id, id), inArray(broadcasts.status, ["draft", "scheduled"])))
          .returning({ id: broadcasts.id });
        if (!row) return { ok: false as const, error: "This letter has already gone out." };
        const job: BroadcastJob = { broadcastId: id };
        await deps.boss.send(QUEUES.sendBroadcast, job, { db: bossDb(tx), startAfter: when });
        return { ok: true as const };
      });
    },

    async cancelSchedule(id: string) {
      const [row] = await db
        .update(broadcasts)
        .set({ status: "draft", scheduledFor: null })
        .where(and(eq(broadcasts.id, id), eq(broadcasts.status, "scheduled")))
        .returning({ id: broadcasts.id });
      return Boolean(row);
    },

    /**
     * The sender. Takes the lease, writes the recipients once, then sends batch after batch until
     * none is left. A sender that dies mid-batch leaves its rows "sending"; when its lease runs
     * out the next run sends that batch again with the same idempotency key, so the provider
     * answers from memory instead of delivering twice.
     */
    async run(id: string): Promise<RunOutcome> {
      const at = now();
      const [leased] = await db
        .update(broadcasts)
        .set({ leaseUntil: new Date(at.getTime() + leaseMs) })
        .where(
          and(
            eq(broadcasts.id, id),
            or(and(eq(broadcasts.status, "scheduled"), lt(broadcasts.scheduledFor, new Date(at.getTime() + 1000))), eq(broadcasts.status, "sending")),
            or(isNull(broadcasts.leaseUntil), lt(broadcasts.leaseUntil, at)),
          ),
        )
        .returning();
      if (!leased) {
        const existing = await find(id);
        if (!existing) return "missing";
        return existing.status === "sending" ? "busy" : "not-due";
      }
      if (leased.status === "scheduled") await db.transaction((tx) => materialise(tx, leased, at));

      for (;;) {
        const batch = await claimNextBatch(id);
        if (!batch) break;
        try {
          const { providerMessageIds } = await deps.transport.sendBatch(
            batch.rows.map((row) => ({ id: row.id, from: row.fromAddress, to: row.toAddress, subject: row.subject, html: row.html, text: row.text, headers: row.headers, attachments: [] })),
            `broadcast-${id}-batch-${batch.batchNo}`,
          );
          // One statement for the whole batch: it is recorded as sent all at once or not at all.
          const pairs = JSON.stringify(batch.rows.map((row, index) => ({ id: row.id, pid: providerMessageIds[index] })));
          await db.execute(sql`
            update ${emailOutbox} set status = 'sent', sent_at = ${now().toISOString()}::timestamptz, provider_message_id = v.pid, last_error = null
            from jsonb_to_recordset(${pairs}::jsonb) as v(id uuid, pid text)
            where ${emailOutbox.id} = v.id`);
        } catch (error) {
          if (!(error instanceof DeliveryError)) throw error; // a crash: the lease runs out and the batch is retried
          const ids = batch.rows.map((row) => row.id);
          if (error.permanent) {
            await db.update(emailOutbox).set({ status: "failed", lastError: error.message }).where(inArray(emailOutbox.id, ids));
          } else {
            await db.update(emailOutbox).set({ status: "queued", lastError: error.message }).where(inArray(emailOutbox.id, ids));
            await db.update(broadcasts).set({ leaseUntil: null }).where(eq(broadcasts.id, id));
            const job: BroadcastJob = { broadcastId: id };
            await deps.boss.send(QUEUES.sendBroadcast, job, { startAfter: error.retryAfterSeconds ?? 60 });
            return "retry-later";
          }
        }
        await renewLease(id);
        if (pauseMs > 0) await sleep(pauseMs);
      }
      await db.update(broadcasts).set({ status: "sent", finishedAt: now(), leaseUntil: null }).where(eq(broadcasts.id, id));
      return "sent";
    },

    /** Senders that died: their lease ran out while the broadcast was still sending. */
    async resumeAbandoned(): Promise<number> {
      const stale = await db
        .select({ id: broadcasts.id })
        .from(broadcasts)
        .where(and(eq(broadcasts.status, "sending"), or(isNull(broadcasts.leaseUntil), lt(broadcasts.leaseUntil, now()))));
      for (const row of stale) {
        const job: BroadcastJob = { broadcastId: row.id };
        await deps.boss.send(QUEUES.sendBroadcast, job);
      }
      return stale.length;
    },
  };
}

export type BroadcastService = ReturnType<typeof createBroadcastService>;
