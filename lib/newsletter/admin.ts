import { and, count, desc, eq, ilike, inArray, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { subscribers, type Subscriber } from "@/db/schema";
import { importSubscriberCsv } from "./subscriber-import";

export interface SubscriberFilters {
  query?: string;
  status?: Subscriber["status"];
  source?: string;
}

function where(filters: SubscriberFilters): SQL | undefined {
  const parts: SQL[] = [];
  if (filters.query) parts.push(ilike(subscribers.email, `%${filters.query.replace(/[%_\\]/g, (char) => `\\${char}`)}%`));
  if (filters.status) parts.push(eq(subscribers.status, filters.status));
  if (filters.source) parts.push(eq(subscribers.source, filters.source));
  return parts.length ? and(...parts) : undefined;
}

/** A spreadsheet must never run a formula from a cell someone typed (CSV injection). */
function cell(value: string | null | undefined): string {
  const text = value ?? "";
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function subscribersToCsv(rows: readonly Subscriber[]): string {
  const header = "email,first_name,status,source,signed_up_at,confirmed_at,unsubscribed_at";
  const lines = rows.map((row) =>
    [row.email, row.firstName, row.status, row.source, row.signedUpAt.toISOString(), row.confirmedAt?.toISOString(), row.unsubscribedAt?.toISOString()]
      .map(cell)
      .join(","),
  );
  return `${[header, ...lines].join("\r\n")}\r\n`;
}

/** The coach's side of the newsletter: list, export, import. */
export function createSubscriberAdmin(db: Database) {
  return {
    /** See importSubscriberCsv: streamed, batched, bad rows reported by line. */
    importCsv: (source: Parameters<typeof importSubscriberCsv>[1], now: Date, onProgress?: Parameters<typeof importSubscriberCsv>[3]) =>
      importSubscriberCsv(db, source, now, onProgress),

    async list(filters: SubscriberFilters, limit = 500) {
      return db.select().from(subscribers).where(where(filters)).orderBy(desc(subscribers.signedUpAt)).limit(limit);
    },

    /** Confirmed readers per signup source, for choosing a broadcast's audience. */
    async confirmedBySource() {
      const rows = await db
        .select({ source: subscribers.source, count: count() })
        .from(subscribers)
        .where(eq(subscribers.status, "confirmed"))
        .groupBy(subscribers.source)
        .orderBy(subscribers.source);
      return rows.map((row) => ({ source: row.source, count: Number(row.count) }));
    },

    /**
     * Confirmed readers today and on each of the last `days` days (people who confirmed by then and
     * had not left by then), oldest first: the dashboard's growth line.
     */
    async confirmedGrowth(now: Date, days = 90) {
      const rows = await db.execute<{ day: string; readers: number }>(sql`
        select to_char(day, 'YYYY-MM-DD') as day,
          (select count(*)::int from ${subscribers}
            where ${subscribers.confirmedAt} < day + interval '1 day'
              and (${subscribers.unsubscribedAt} is null or ${subscribers.unsubscribedAt} >= day + interval '1 day')) as readers
        from generate_series((${now.toISOString()}::timestamptz at time zone 'UTC')::date - ${days}::int, (${now.toISOString()}::timestamptz at time zone 'UTC')::date, interval '1 day') as day
        order by day`);
      return (rows as unknown as { day: string; readers: number }[]).map((row) => ({ day: row.day, readers: Number(row.readers) }));
    },

    async sources() {
      const rows = await db.selectDistinct({ source: subscribers.source }).from(subscribers).orderBy(subscribers.source);
      return rows.map((row) => row.source);
    },
  };
}
