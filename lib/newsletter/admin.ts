import type { Database } from "@/db/connect";
import { confirmedReadersPerDay, countConfirmedBySource, countSubscribers, listSources, listSubscribers, type Subscriber, type SubscriberCursor, type SubscriberFilters } from "./queries";
import { importSubscriberCsv } from "./subscriber-import";

export type { SubscriberCursor, SubscriberFilters } from "./queries";

/** Rows on a page of the back office's list: a screenful a person can read. */
export const SUBSCRIBERS_PAGE_SIZE = 50;
/** Rows the export reads per query: memory stays flat however long the list is. */
const EXPORT_BATCH = 2_000;
const CSV_HEADER = "email,first_name,status,source,signed_up_at,confirmed_at,unsubscribed_at";

/** A spreadsheet must never run a formula from a cell someone typed (CSV injection). */
function cell(value: string | null | undefined): string {
  const text = value ?? "";
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvLine(row: Subscriber): string {
  return [row.email, row.firstName, row.status, row.source, row.signedUpAt.toISOString(), row.confirmedAt?.toISOString(), row.unsubscribedAt?.toISOString()]
    .map(cell)
    .join(",");
}

export function subscribersToCsv(rows: readonly Subscriber[]): string {
  return `${[CSV_HEADER, ...rows.map(csvLine)].join("\r\n")}\r\n`;
}

/**
 * The whole list as CSV, a batch of rows at a time (keyset, newest first): a reader who signs up
 * meanwhile is not counted twice, and a list of a million costs the server no more memory than
 * one of a thousand.
 */
async function* exportCsv(db: Database, filters: SubscriberFilters): AsyncGenerator<string> {
  yield `${CSV_HEADER}\r\n`;
  let cursor: SubscriberCursor | undefined;
  for (;;) {
    const rows = await listSubscribers(db, filters, EXPORT_BATCH, cursor);
    if (rows.length === 0) return;
    yield `${rows.map(csvLine).join("\r\n")}\r\n`;
    if (rows.length < EXPORT_BATCH) return;
    const last = rows.at(-1)!;
    cursor = { signedUpAt: last.signedUpAt, id: last.id, direction: "after" };
  }
}

/** One page of the list and what the links around it need. */
async function subscriberPage(db: Database, filters: SubscriberFilters, cursor?: SubscriberCursor) {
  const [fetched, total] = await Promise.all([listSubscribers(db, filters, SUBSCRIBERS_PAGE_SIZE + 1, cursor), countSubscribers(db, filters)]);
  const more = fetched.length > SUBSCRIBERS_PAGE_SIZE;
  // Going back, the extra row is the newest one fetched (the list comes newest first).
  const rows = cursor?.direction === "before" ? fetched.slice(more ? 1 : 0) : fetched.slice(0, SUBSCRIBERS_PAGE_SIZE);
  return {
    rows,
    total,
    hasNewer: cursor?.direction === "before" ? more : Boolean(cursor),
    hasOlder: cursor?.direction === "before" ? true : more,
  };
}

/** The coach's side of the newsletter: list, export, import. */
export function createSubscriberAdmin(db: Database) {
  return {
    /** See importSubscriberCsv: streamed, batched, bad rows reported by line. */
    importCsv: (source: Parameters<typeof importSubscriberCsv>[1], now: Date, onProgress?: Parameters<typeof importSubscriberCsv>[3]) =>
      importSubscriberCsv(db, source, now, onProgress),
    list: (filters: SubscriberFilters, limit = SUBSCRIBERS_PAGE_SIZE) => listSubscribers(db, filters, limit),
    /** A page of 50, newest first, after or before a row of the page the coach came from. */
    page: (filters: SubscriberFilters, cursor?: SubscriberCursor) => subscriberPage(db, filters, cursor),
    /** Everything matching, as CSV text in pieces, for a streamed download. */
    exportCsv: (filters: SubscriberFilters) => exportCsv(db, filters),
    /** Confirmed readers per signup source, for choosing a broadcast's audience. */
    confirmedBySource: () => countConfirmedBySource(db),
    /** Confirmed readers on each of the last `days` days, oldest first: the dashboard's growth line. */
    confirmedGrowth: (now: Date, days = 90) => confirmedReadersPerDay(db, now, days),
    sources: () => listSources(db),
  };
}

export type SubscriberAdmin = ReturnType<typeof createSubscriberAdmin>;
