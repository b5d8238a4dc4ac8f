import type { Database, Executor } from "@/db/connect";
import { loggableError, logger } from "@/lib/platform/log";
import type { FetchLimits } from "./fetch-calendar";
import type { ReadCalendarFile } from "./read-calendar-file";
import {
  bookingHorizonDays,
  claimDueCalendars,
  countCalendars,
  countUpcomingBusy,
  deleteCalendar,
  findCalendar,
  insertCalendar,
  listCalendars,
  lockCalendarAt,
  lockCalendarList,
  postponeNextSync,
  recordReadFailure,
  recordUnchanged,
  replaceBusyTimes,
} from "./queries";
import type { NewCalendar } from "./schema";
import { leftOutNotice } from "./status";

const DAY = 86_400_000;
export const MAX_CALENDARS = 10;

export interface CalendarServiceDeps {
  db: Database;
  /** Queues a read of one calendar, inside the transaction given (so it commits with the change). */
  queueRead: (tx: Executor, calendarId: string) => Promise<void>;
  /** The coach's zone: all-day and floating events are read in it, as the coach's calendar app shows them. */
  coachTimeZone: () => Promise<string>;
  /** How often each calendar is read. */
  intervalMs: number;
  limits: FetchLimits;
  /** Fetches and expands one calendar: in a thread of its own in the app (read-calendar-file.ts). */
  readFile: ReadCalendarFile;
  /** Ends the reads in progress (shutdown). */
  stopReads?: () => Promise<void>;
  /** Told after a read changed the busy times, so cached free times refresh. */
  onBusyTimesChanged?: () => void;
  now?: () => Date;
}

export type AddCalendarResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };
export type ReadOutcome = "read" | "unchanged" | "failed" | "gone";

/** A full read at least this often, so recurring events keep reaching the end of the booking window. */
const FULL_READ_EVERY = DAY;

/**
 * The coach's other calendars: added by their secret ICS address, read in the background every
 * few minutes, their busy times stored so that slots and the booking transaction see them without
 * any network call. A calendar that cannot be read keeps its last good busy times and says why.
 */
export function createCalendarService(deps: CalendarServiceDeps) {
  const now = deps.now ?? (() => new Date());

  async function read(id: string): Promise<ReadOutcome> {
    const calendar = await findCalendar(deps.db, id);
    if (!calendar) return "gone";
    const at = now();
    // Never inside a transaction: the network may take its whole time limit.
    const fresh = calendar.lastSuccessAt && at.getTime() - calendar.lastSuccessAt.getTime() < FULL_READ_EVERY;
    const validators = fresh ? { etag: calendar.etag, lastModified: calendar.lastModified } : { etag: null, lastModified: null };
    try {
      // Only the booking window is expanded (and a day either side): a rule from 1990 starts near it.
      const horizon = await bookingHorizonDays(deps.db);
      const window = { from: new Date(at.getTime() - DAY), to: new Date(at.getTime() + (horizon + 2) * DAY), timeZone: await deps.coachTimeZone() };
      const fetched = await deps.readFile({ url: calendar.url, validators, limits: deps.limits, window });
      if (fetched.status === "not-modified") {
        await recordUnchanged(deps.db, id, calendar.url, at);
        return "unchanged";
      }
      const { parsed } = fetched;
      const notice = leftOutNotice(parsed.leftOut, window);
      const stored = await deps.db.transaction(async (tx) => {
        // Removed, or given another address, while this read was on the wire: its answer is void.
        if (!(await lockCalendarAt(tx, id, calendar.url))) return false;
        await replaceBusyTimes(tx, id, { busy: parsed.busy, events: parsed.events, readNotice: notice, etag: fetched.etag, lastModified: fetched.lastModified, at });
        return true;
      });
      if (!stored) return "gone";
      deps.onBusyTimesChanged?.();
      return "read";
    } catch (error) {
      // Ended by a shutdown: not the calendar's doing, and the next read comes in a few minutes.
      if (error instanceof Error && error.name === "CalendarReadStopped") return "failed";
      const message = error instanceof Error && (error.name === "CalendarFetchError" || error.name === "CalendarParseError") ? error.message : null;
      if (!message) logger.error({ err: loggableError(error), calendarId: id }, "reading a calendar failed");
      await recordReadFailure(deps.db, id, calendar.url, message ?? "Something went wrong while reading this calendar; it will be tried again.", at);
      return "failed";
    }
  }

  return {
    /** Every calendar with what the back office says about it. */
    async list() {
      const calendars = await listCalendars(deps.db);
      const upcoming = await countUpcomingBusy(deps.db, calendars.map((calendar) => calendar.id), now());
      return calendars.map((calendar) => ({
        id: calendar.id,
        label: calendar.label,
        host: new URL(calendar.url).host,
        lastAttemptAt: calendar.lastAttemptAt,
        lastSuccessAt: calendar.lastSuccessAt,
        lastError: calendar.lastError,
        eventCount: calendar.eventCount,
        readNotice: calendar.readNotice,
        upcomingBusy: upcoming.get(calendar.id) ?? 0,
      }));
    },

    async add(input: NewCalendar): Promise<AddCalendarResult> {
      return deps.db.transaction(async (tx): Promise<AddCalendarResult> => {
        // Adds one at a time: two tabs must not both see nine calendars and make it eleven.
        await lockCalendarList(tx);
        if ((await countCalendars(tx)) >= MAX_CALENDARS) return { ok: false, errors: { form: `You can connect up to ${MAX_CALENDARS} calendars; remove one first.` } };
        const calendar = await insertCalendar(tx, { label: input.label, url: input.address });
        if (!calendar) return { ok: false, errors: { address: "This calendar is already connected." } };
        await deps.queueRead(tx, calendar.id);
        return { ok: true, id: calendar.id };
      });
    },

    async remove(id: string): Promise<boolean> {
      const removed = await deleteCalendar(deps.db, id);
      if (removed) deps.onBusyTimesChanged?.();
      return removed;
    },

    /** "Read now": a read queued at once, the periodic one pushed back. */
    async readSoon(id: string): Promise<boolean> {
      return deps.db.transaction(async (tx) => {
        if (!(await findCalendar(tx, id))) return false;
        await postponeNextSync(tx, id, new Date(now().getTime() + deps.intervalMs));
        await deps.queueRead(tx, id);
        return true;
      });
    },

    /** The periodic tick: queues a read for every calendar that is due. */
    async queueDue(): Promise<number> {
      const at = now();
      return deps.db.transaction(async (tx) => {
        const ids = await claimDueCalendars(tx, at, new Date(at.getTime() + deps.intervalMs));
        for (const id of ids) await deps.queueRead(tx, id);
        return ids.length;
      });
    },

    read,
    stopReads: deps.stopReads ?? (async () => {}),
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
