import { and, count, desc, eq, ilike, inArray, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { subscribers, type Subscriber } from "@/db/schema";
import { parseSubscriberCsv } from "./csv-import";

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

export type ImportResult =
  | { ok: true; imported: number; merged: number; keptUnsubscribed: number; errors: { line: number; reason: string }[] }
  | { ok: false; error: string };

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

    /**
     * Imports people who already agreed elsewhere: confirmed, with their original signup date.
     * An address already here is merged (earliest signup date kept); someone who unsubscribed
     * stays unsubscribed. All rows or none: the import is one transaction.
     */
    async importCsv(text: string, now: Date): Promise<ImportResult> {
      const parsed = parseSubscriberCsv(text);
      if (!parsed.ok) return parsed;
      const source = parsed.format === "substack" ? "import:substack" : "import:csv";
      return db.transaction(async (tx) => {
        const emails = parsed.rows.map((row) => row.email);
        const existing = emails.length ? await tx.select().from(subscribers).where(inArray(subscribers.email, emails)) : [];
        const byEmail = new Map(existing.map((row) => [row.email, row]));
        let imported = 0;
        let merged = 0;
        let keptUnsubscribed = 0;
        for (const row of parsed.rows) {
          const signedUpAt = row.signedUpAt ?? now;
          const current = byEmail.get(row.email);
          if (!current) {
            await tx.insert(subscribers).values({
              email: row.email,
              firstName: row.firstName,
              status: "confirmed",
              source,
              consentText: `Imported (${parsed.format}): agreed to the newsletter before moving here.`,
              signedUpAt,
              confirmedAt: signedUpAt,
            });
            imported += 1;
          } else if (current.status === "unsubscribed") {
            keptUnsubscribed += 1;
          } else {
            await tx
              .update(subscribers)
              .set({
                status: "confirmed",
                firstName: current.firstName ?? row.firstName,
                signedUpAt: signedUpAt < current.signedUpAt ? signedUpAt : current.signedUpAt,
                confirmedAt: current.confirmedAt ?? signedUpAt,
                confirmTokenHash: null,
                confirmExpiresAt: null,
              })
              .where(eq(subscribers.id, current.id));
            merged += 1;
          }
        }
        return { ok: true as const, imported, merged, keptUnsubscribed, errors: parsed.errors };
      });
    },
  };
}
