import type { Database } from "@/db/connect";
import { readSubscriberCsv, UnreadableCsvError, type ImportFormat, type LineError } from "./csv-import";
import { findErasedAddresses } from "@/lib/privacy/public";
import { upsertImportedSubscribers } from "./queries";

/** The most a file may be (Substack's export of a list of 50,000 is about 3 MB). */
export const SUBSCRIBER_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/** The most bad rows a report lists by line; the rest are counted. */
const LISTED_ERRORS = 200;

export interface ImportProgress {
  lines: number;
  imported: number;
  merged: number;
  keptUnsubscribed: number;
  skipped: number;
  /** Addresses whose owners had themselves erased: never brought back by a file. */
  erased: number;
}

export interface ImportReport extends ImportProgress {
  errors: LineError[];
}

export type ImportResult = ({ ok: true } & ImportReport) | ({ ok: false; error: string } & ImportReport);

/**
 * Imports a subscriber export as it streams in, batch by batch (one short statement each), so a
 * 50,000-row file takes seconds and bounded memory. Bad rows are reported by line while the good
 * ones import; a file that cannot be read at all imports nothing. `onProgress` hears after each batch.
 */
export async function importSubscriberCsv(
  db: Database,
  source: AsyncIterable<Uint8Array | string> | string,
  now: Date,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportResult> {
  const report: ImportReport = { lines: 0, imported: 0, merged: 0, keptUnsubscribed: 0, skipped: 0, erased: 0, errors: [] };
  let format: ImportFormat = "csv";
  try {
    for await (const chunk of readSubscriberCsv(source)) {
      if (chunk.kind === "format") {
        format = chunk.format;
        continue;
      }
      const erased = await findErasedAddresses(db, chunk.rows.map((row) => row.email));
      const rows = erased.size ? chunk.rows.filter((row) => !erased.has(row.email)) : chunk.rows;
      report.erased += chunk.rows.length - rows.length;
      const counts = await upsertImportedSubscribers(db, rows, {
        source: format === "substack" ? "import:substack" : "import:csv",
        consentText: `Imported (${format}): agreed to the newsletter before moving here.`,
        now,
      });
      report.imported += counts.imported;
      report.merged += counts.merged;
      report.keptUnsubscribed += counts.keptUnsubscribed;
      report.skipped += chunk.errors.length;
      report.errors.push(...chunk.errors.slice(0, Math.max(0, LISTED_ERRORS - report.errors.length)));
      report.lines = chunk.lines;
      onProgress({ lines: report.lines, imported: report.imported, merged: report.merged, keptUnsubscribed: report.keptUnsubscribed, skipped: report.skipped, erased: report.erased });
    }
  } catch (error) {
    if (!(error instanceof UnreadableCsvError)) throw error;
    const done = report.imported + report.merged + report.keptUnsubscribed;
    return { ok: false, error: done ? `${error.message} The rows before it were imported.` : error.message, ...report };
  }
  return { ok: true, ...report };
}
