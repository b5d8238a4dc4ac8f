import type PgBoss from "pg-boss";
import type { Database } from "@/db/connect";
import type { Broadcast } from "@/db/schema";
import { countCopiesByBroadcast, type BatchCopy } from "@/lib/email/public";
import { renderEmail } from "@/lib/email/render";
import type { EmailService, SkippedCopy } from "@/lib/email/service";
import type { OutgoingEmail } from "@/lib/email/transport";
import { bossDb, QUEUES, type BroadcastJob } from "@/lib/platform/queue/boss";
import { findPublishedRoutineSlugs, listPublishedRoutinesWithSteps } from "@/lib/routines/public";
import { totalSeconds } from "@/lib/routines/rules";
import {
  archiveSlugsLike,
  confirmedReaderAddresses,
  findAbandonedBroadcastIds,
  findBroadcast,
  findReadersByEmail,
  insertBroadcast,
  listBroadcastsNewestFirst,
  markFailed,
  markResumed,
  markScheduled,
  markSending,
  markSent,
  markUnscheduled,
  deleteDraftBroadcast,
  recordError,
  releaseLease,
  renewLease,
  setRecipientCount,
  takeLease,
  updateUnsentBroadcast,
} from "./broadcast-queries";
import { findArchivedLetter, lastSentBroadcast, listArchive } from "./archive-queries";
import { archiveSlug, type BroadcastInput } from "./broadcast-schema";
import { listHeaders } from "./headers";
import { subscriberLinks } from "./tokens";

export interface BroadcastDeps {
  db: Database;
  boss: Pick<PgBoss, "send">;
  email: Pick<EmailService, "sendEmail" | "enqueueCopies" | "deliverNextBatch">;
  appUrl: string;
  secret: string;
  coachName: () => Promise<string>;
  now?: () => Date;
  /** Resend takes 100 messages per batch call. */
  batchSize?: number;
  /** Pause between batch calls, to stay under the provider's rate limit (Resend: 2 requests/s). */
  pauseMs?: number;
  /** How long a sender may work before another may assume it died and take over. */
  leaseMs?: number;
  /** Senders in a row that may take over without sending a batch before the letter is stopped. */
  maxAttemptsWithoutProgress?: number;
}

export type SaveResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };
export type RunOutcome = "sent" | "not-due" | "busy" | "retry-later" | "missing" | "failed";

/** Stands in for each reader's own link in the letter rendered once; replaced per copy. */
const PREFERENCES_PLACEHOLDER = "https://preferences.invalid/__subscriber__";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * Newsletter letters: the coach writes, previews, tests and schedules them; the sender writes one
 * light copy per reader when sending starts and hands batch after batch to the email module,
 * which decides how a batch is delivered. This service decides what each copy says.
 */
export function createBroadcastService(deps: BroadcastDeps) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const batchSize = deps.batchSize ?? 100;
  const pauseMs = deps.pauseMs ?? 600;
  const leaseMs = deps.leaseMs ?? 5 * 60 * 1000;
  const maxAttempts = deps.maxAttemptsWithoutProgress ?? 3;
  const leaseFrom = (at: Date) => new Date(at.getTime() + leaseMs);

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

  async function letterProps(broadcast: Broadcast, options: { preferencesUrl: string; isTest?: boolean }) {
    return {
      coachName: await deps.coachName(),
      subject: broadcast.subject,
      preheader: broadcast.preheader,
      body: broadcast.body,
      routines: await routineCards(broadcast.routineSlugs),
      appUrl: deps.appUrl,
      preferencesUrl: options.preferencesUrl,
      webVersionUrl: broadcast.slug ? `${deps.appUrl}/newsletter/archive/${broadcast.slug}` : null,
      isTest: options.isTest,
    };
  }

  /**
   * Sending starts: the letter is rendered once (outside the transaction, which only writes), then
   * in one short transaction it gets its archive address and one queued copy per confirmed reader,
   * written by the database from the subscribers table.
   */
  async function start(broadcast: Broadcast, startedAt: Date) {
    const base = archiveSlug(broadcast.subject, startedAt);
    const rendered = await renderEmail("broadcast", await letterProps({ ...broadcast, slug: base }, { preferencesUrl: PREFERENCES_PLACEHOLDER }));
    await db.transaction(async (tx) => {
      const taken = await archiveSlugsLike(tx, base);
      let slug = base;
      for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
      // The web version link was rendered with the base address; a repeated subject in a month gets its own.
      const fix = (value: string) => (slug === base ? value : value.replaceAll(`/newsletter/archive/${base}`, `/newsletter/archive/${slug}`));
      await markSending(tx, broadcast.id, { slug, html: fix(rendered.html), text: fix(rendered.text), startedAt });
      const written = await deps.email.enqueueCopies(tx, {
        broadcastId: broadcast.id,
        subject: rendered.subject,
        batchSize,
        audience: confirmedReaderAddresses(broadcast.audienceSource),
      });
      await setRecipientCount(tx, broadcast.id, written);
    });
  }

  /** The letter with one reader's own links (or, for nobody in particular, the public newsletter page). */
  function personalise(letter: Broadcast, readerId: string | null) {
    const links = readerId ? subscriberLinks(deps.appUrl, readerId, deps.secret) : null;
    const preferencesUrl = links?.preferencesUrl ?? `${deps.appUrl}/newsletter`;
    return {
      html: (letter.html ?? "").replaceAll(PREFERENCES_PLACEHOLDER, preferencesUrl),
      text: (letter.text ?? "").replaceAll(PREFERENCES_PLACEHOLDER, preferencesUrl),
      headers: links ? listHeaders(links.oneClickUrl, deps.appUrl) : {},
    };
  }

  /** Each copy: the letter with its reader's own links. A reader who left since sending started is skipped. */
  function composer(letter: Broadcast) {
    return async (copies: BatchCopy[]): Promise<(OutgoingEmail | SkippedCopy)[]> => {
      const readers = await findReadersByEmail(db, copies.map((copy) => copy.toAddress));
      return copies.map((copy) => {
        const reader = readers.get(copy.toAddress);
        if (!reader || reader.status !== "confirmed") return { id: copy.id, skip: "The reader left the list before this copy went out." };
        if (reader.suppressed) return { id: copy.id, skip: "The address bounced or complained since sending started, so it is suppressed." };
        return { id: copy.id, from: copy.fromAddress, to: copy.toAddress, subject: copy.subject, attachments: [], ...personalise(letter, reader.id) };
      });
    };
  }

  async function sendBatches(id: string): Promise<RunOutcome> {
    const letter = await findBroadcast(db, id);
    if (!letter) return "missing";
    const compose = composer(letter);
    for (;;) {
      const outcome = await deps.email.deliverNextBatch(id, compose);
      if (outcome.kind === "none-left") break;
      if (outcome.kind === "retry-later") {
        await releaseLease(db, id, `The email provider asked us to wait: ${outcome.error}`);
        const job: BroadcastJob = { broadcastId: id };
        await deps.boss.send(QUEUES.sendBroadcast, job, { startAfter: outcome.retryAfterSeconds ?? 60 });
        return "retry-later";
      }
      await renewLease(db, id, leaseFrom(now()));
      if (pauseMs > 0) await sleep(pauseMs);
    }
    await markSent(db, id, now());
    return "sent";
  }

  return {
    find: (id: string) => findBroadcast(db, id),
    /** Sent letters for the public archive, newest first; one of them by its address. */
    archive: () => listArchive(db),
    archivedLetter: (slug: string) => findArchivedLetter(db, slug),
    /** The last letter that finished sending, with how many reached people. */
    lastSent: () => lastSentBroadcast(db),

    async list() {
      const [rows, counts] = await Promise.all([listBroadcastsNewestFirst(db), countCopiesByBroadcast(db)]);
      return rows.map((row) => {
        const mine = counts.filter((entry) => entry.broadcastId === row.id);
        const of = (status: string) => Number(mine.find((entry) => entry.status === status)?.n ?? 0);
        return { ...row, sent: of("sent"), failed: of("failed"), skipped: of("skipped"), waiting: of("queued") + of("sending") };
      });
    },

    /** Saves a draft (parsed with broadcastInputSchema); the routines must be published ones. */
    async save(id: string | null, input: BroadcastInput): Promise<SaveResult> {
      const values = { ...input, audienceSource: input.audienceSource || null };
      const known = await findPublishedRoutineSlugs(db, values.routineSlugs);
      if (known.size !== new Set(values.routineSlugs).size) return { ok: false, errors: { routineSlugs: "Pick published routines only." } };
      if (!id) return { ok: true, id: await insertBroadcast(db, values) };
      const updated = await updateUnsentBroadcast(db, id, values);
      if (!updated) return { ok: false, errors: { form: "This letter has already gone out and can no longer be changed." } };
      return { ok: true, id: updated };
    },

    /** The email as a reader will see it, with a stand-in for their own links. */
    async preview(id: string) {
      const broadcast = await findBroadcast(db, id);
      if (!broadcast) return null;
      return renderEmail("broadcast", await letterProps(broadcast, { preferencesUrl: `${deps.appUrl}/newsletter` }));
    },

    /**
     * Outbox messages with the content their readers got: the letter is stored once, so a copy of
     * it (an outbox row with no html of its own) is composed again from it and the reader's links.
     * For the coach's outbox and the development mailbox.
     */
    async withLetterContent<T extends { broadcastId: string | null; toAddress: string; html: string; text: string }>(messages: T[]): Promise<T[]> {
      const letters = new Map<string, Broadcast | null>();
      for (const id of new Set(messages.map((entry) => entry.broadcastId).filter((id) => id !== null))) letters.set(id, await findBroadcast(db, id));
      const copies = messages.filter((entry) => entry.broadcastId && !entry.html);
      const readers = await findReadersByEmail(db, [...new Set(copies.map((entry) => entry.toAddress))]);
      return messages.map((entry) => {
        const letter = entry.broadcastId && !entry.html ? letters.get(entry.broadcastId) : null;
        if (!letter) return entry;
        const { html, text } = personalise(letter, readers.get(entry.toAddress)?.id ?? null);
        return { ...entry, html, text };
      });
    },

    /** A single copy to the coach, through the normal outbox; marked as a test. */
    async sendTest(id: string, to: string) {
      const broadcast = await findBroadcast(db, id);
      if (!broadcast) return false;
      await deps.email.sendEmail({
        to,
        kind: "newsletter",
        template: "broadcast",
        props: { ...(await letterProps({ ...broadcast, slug: null }, { preferencesUrl: `${deps.appUrl}/newsletter`, isTest: true })) },
      });
      return true;
    },

    /** Send now (no time) or at a time; the job is written with the status change, or neither is. */
    async schedule(id: string, at: Date | null): Promise<{ ok: true } | { ok: false; error: string }> {
      const when = at ?? now();
      if (at && at.getTime() < now().getTime() - 60_000) return { ok: false, error: "That time has passed; pick a time in the future, or send now." };
      return db.transaction(async (tx) => {
        if (!(await markScheduled(tx, id, when))) return { ok: false as const, error: "This letter has already gone out." };
        const job: BroadcastJob = { broadcastId: id };
        await deps.boss.send(QUEUES.sendBroadcast, job, { db: bossDb(tx), startAfter: when });
        return { ok: true as const };
      });
    },

    cancelSchedule: (id: string) => markUnscheduled(db, id),

    /** A draft the coach no longer wants; anything scheduled, sending or sent stays. */
    deleteDraft: (id: string) => deleteDraftBroadcast(db, id),

    /** After sending stopped (see run): back to sending, from the first copy not yet sent. */
    async resume(id: string): Promise<boolean> {
      return db.transaction(async (tx) => {
        if (!(await markResumed(tx, id))) return false;
        const job: BroadcastJob = { broadcastId: id };
        await deps.boss.send(QUEUES.sendBroadcast, job, { db: bossDb(tx) });
        return true;
      });
    },

    /**
     * The sender. Takes the lease, writes the copies once, then sends batch after batch until none
     * is left. A sender that dies mid-batch leaves its copies "sending"; when its lease runs out the
     * next run sends that batch again with the same idempotency key, so the provider answers from
     * memory instead of delivering twice. A letter whose senders keep failing before sending a
     * single batch (a crash, an error that repeats) is stopped and shown to the coach instead of
     * being tried forever.
     */
    async run(id: string): Promise<RunOutcome> {
      const at = now();
      const leased = await takeLease(db, id, at, leaseFrom(at));
      if (!leased) {
        const existing = await findBroadcast(db, id);
        if (!existing) return "missing";
        return existing.status === "sending" ? "busy" : "not-due";
      }
      if (leased.attemptsWithoutProgress > maxAttempts) {
        await markFailed(
          db,
          id,
          `Sending stopped after ${maxAttempts} attempts in a row that could not send a batch.${leased.lastError ? ` The last error: ${leased.lastError}` : ""}`,
        );
        return "failed";
      }
      try {
        if (leased.status === "scheduled") await start(leased, at);
        return await sendBatches(id);
      } catch (error) {
        // Remember why for the coach. The lease stays: whoever takes over after it runs out sends
        // the batch in flight again under the same key, exactly as after a crash.
        await recordError(db, id, message(error)).catch(() => undefined);
        throw error;
      }
    },

    /** Senders that died: their lease ran out while the letter was still sending. */
    async resumeAbandoned(): Promise<number> {
      const ids = await findAbandonedBroadcastIds(db, now());
      for (const broadcastId of ids) {
        const job: BroadcastJob = { broadcastId };
        await deps.boss.send(QUEUES.sendBroadcast, job);
      }
      return ids.length;
    },
  };
}

export type BroadcastService = ReturnType<typeof createBroadcastService>;
