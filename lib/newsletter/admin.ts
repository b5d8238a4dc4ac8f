import type { Database } from "@/db/connect";
import { confirmedReadersPerDay, countConfirmedBySource, listSources, listSubscribers, type Subscriber, type SubscriberFilters } from "./queries";
import { importSubscriberCsv } from "./subscriber-import";

export type { SubscriberFilters } from "./queries";

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
    list: (filters: SubscriberFilters, limit = 500) => listSubscribers(db, filters, limit),
    /** Confirmed readers per signup source, for choosing a broadcast's audience. */
    confirmedBySource: () => countConfirmedBySource(db),
    /** Confirmed readers on each of the last `days` days, oldest first: the dashboard's growth line. */
    confirmedGrowth: (now: Date, days = 90) => confirmedReadersPerDay(db, now, days),
    sources: () => listSources(db),
  };
}

export type SubscriberAdmin = ReturnType<typeof createSubscriberAdmin>;
