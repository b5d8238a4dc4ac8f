import { and, asc, count, eq, gt, inArray, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { bookingSettings, externalBusyTimes, externalCalendars } from "@/db/schema";
import type { BusyInterval } from "./busy-times";

export async function listCalendars(db: Executor) {
  return db.select().from(externalCalendars).orderBy(asc(externalCalendars.createdAt));
}

/** Serialises changes to the list of calendars for the rest of the transaction. */
export async function lockCalendarList(tx: Executor) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('external-calendars'))`);
}

export async function countCalendars(db: Executor) {
  return db.$count(externalCalendars);
}

export async function findCalendar(db: Executor, id: string) {
  const [row] = await db.select().from(externalCalendars).where(eq(externalCalendars.id, id)).limit(1);
  return row ?? null;
}

/** The new calendar, or null when that address is already there. */
export async function insertCalendar(db: Executor, values: { label: string; url: string }) {
  const [row] = await db.insert(externalCalendars).values(values).onConflictDoNothing({ target: externalCalendars.url }).returning();
  return row ?? null;
}

export async function deleteCalendar(db: Executor, id: string) {
  const [row] = await db.delete(externalCalendars).where(eq(externalCalendars.id, id)).returning({ id: externalCalendars.id });
  return Boolean(row);
}

/**
 * Takes the calendars whose read is due and pushes their next read one interval on, in one
 * statement: instances ticking at once each get different calendars (SKIP LOCKED), none twice.
 */
export async function claimDueCalendars(db: Executor, now: Date, nextAt: Date, limit = 20): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`
    update ${externalCalendars} set next_sync_at = ${nextAt.toISOString()}
    where id in (
      select id from ${externalCalendars} where next_sync_at <= ${now.toISOString()}
      order by next_sync_at for update skip locked limit ${limit}
    )
    returning id`);
  return [...rows].map((row) => row.id);
}

export async function postponeNextSync(db: Executor, id: string, nextAt: Date) {
  await db.update(externalCalendars).set({ nextSyncAt: nextAt }).where(eq(externalCalendars.id, id));
}

/** The calendar row, locked, if it still has the address that was read (not removed or re-added meanwhile). */
export async function lockCalendarAt(tx: Executor, id: string, url: string) {
  const [row] = await tx.select().from(externalCalendars).where(and(eq(externalCalendars.id, id), eq(externalCalendars.url, url))).for("update");
  return row ?? null;
}

export async function recordReadFailure(db: Executor, id: string, url: string, message: string, at: Date) {
  await db
    .update(externalCalendars)
    .set({ lastAttemptAt: at, lastError: message })
    .where(and(eq(externalCalendars.id, id), eq(externalCalendars.url, url)));
}

export async function recordUnchanged(db: Executor, id: string, url: string, at: Date) {
  await db
    .update(externalCalendars)
    .set({ lastAttemptAt: at, lastSuccessAt: at, lastError: null })
    .where(and(eq(externalCalendars.id, id), eq(externalCalendars.url, url)));
}

const INSERT_CHUNK = 2_000;

/** Replaces a calendar's busy times with a new read's, inside the caller's transaction. */
export async function replaceBusyTimes(
  tx: Executor,
  id: string,
  read: { busy: BusyInterval[]; events: number; readNotice: string | null; etag: string | null; lastModified: string | null; at: Date },
) {
  await tx.delete(externalBusyTimes).where(eq(externalBusyTimes.calendarId, id));
  for (let index = 0; index < read.busy.length; index += INSERT_CHUNK) {
    await tx.insert(externalBusyTimes).values(read.busy.slice(index, index + INSERT_CHUNK).map((busy) => ({ calendarId: id, startsAt: busy.start, endsAt: busy.end })));
  }
  await tx
    .update(externalCalendars)
    .set({ etag: read.etag, lastModified: read.lastModified, eventCount: read.events, readNotice: read.readNotice, lastAttemptAt: read.at, lastSuccessAt: read.at, lastError: null })
    .where(eq(externalCalendars.id, id));
}

/** Busy intervals from every calendar that touch a window: what slot generation treats as taken. */
export async function listExternalBusy(db: Executor, from: Date, to: Date) {
  return db
    .select({ start: externalBusyTimes.startsAt, end: externalBusyTimes.endsAt })
    .from(externalBusyTimes)
    .where(and(lt(externalBusyTimes.startsAt, to), gt(externalBusyTimes.endsAt, from)));
}

/** Busy times still ahead, per calendar, for the back office. */
export async function countUpcomingBusy(db: Executor, ids: string[], now: Date) {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ id: externalBusyTimes.calendarId, count: count() })
    .from(externalBusyTimes)
    .where(and(inArray(externalBusyTimes.calendarId, ids), gt(externalBusyTimes.endsAt, now)))
    .groupBy(externalBusyTimes.calendarId);
  return new Map(rows.map((row) => [row.id, row.count]));
}

/** How far ahead visitors can book: the busy times read must reach that far. */
export async function bookingHorizonDays(db: Executor): Promise<number> {
  const [row] = await db.select({ days: bookingSettings.horizonDays }).from(bookingSettings).limit(1);
  return row?.days ?? 30;
}
