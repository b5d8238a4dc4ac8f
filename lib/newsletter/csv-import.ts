import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { z } from "zod";
import { hasControlCharacters } from "@/lib/platform/validation/text";
import { isSaneInstant } from "@/lib/platform/validation/instants";

export type ImportFormat = "substack" | "csv";

export interface ImportRow {
  line: number;
  email: string;
  firstName: string | null;
  signedUpAt: Date | null;
}

export interface LineError {
  line: number;
  reason: string;
}

/** What reading a file yields: first its format, then batches of good rows with the bad rows among them. */
export type ImportChunk = { kind: "format"; format: ImportFormat } | { kind: "rows"; rows: ImportRow[]; errors: LineError[]; lines: number };

/** The file as a whole cannot be read: nothing in it is imported. */
export class UnreadableCsvError extends Error {
  constructor(
    message: string,
    /** The line where reading stopped, when rows before it may already be in. */
    readonly line: number | null = null,
  ) {
    super(message);
    this.name = "UnreadableCsvError";
  }
}

const email = z.string().trim().toLowerCase().max(254).pipe(z.email());

interface Columns {
  format: ImportFormat;
  email: number;
  name: number;
  createdAt: number;
}

function columnsOf(header: string[]): Columns {
  const names = header.map((name) => name.replace(/^\uFEFF/, "").trim().toLowerCase());
  const emailAt = names.findIndex((name) => name === "email" || name === "email address");
  if (emailAt === -1) throw new UnreadableCsvError("The file has no “email” column in its first line.");
  return {
    format: names.includes("active_subscription") || names.includes("email_disabled") ? "substack" : "csv",
    email: emailAt,
    name: names.findIndex((name) => name === "name" || name === "first_name" || name === "first name"),
    createdAt: names.findIndex((name) => name === "created_at" || name === "subscribed_at"),
  };
}

const shorten = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/** One data row checked: a row to import, or the reason it cannot be. */
function readRow(record: string[], line: number, columns: Columns, seen: Set<string>): ImportRow | LineError {
  const rawEmail = record[columns.email] ?? "";
  const parsedEmail = email.safeParse(rawEmail);
  if (!parsedEmail.success) return { line, reason: rawEmail ? `“${shorten(rawEmail)}” is not an email address.` : "The email is missing." };
  if (seen.has(parsedEmail.data)) return { line, reason: `${parsedEmail.data} appears earlier in the file.` };
  let signedUpAt: Date | null = null;
  const rawDate = columns.createdAt === -1 ? "" : (record[columns.createdAt] ?? "").trim();
  if (rawDate) {
    const date = new Date(rawDate);
    if (Number.isNaN(date.getTime())) return { line, reason: `“${shorten(rawDate)}” is not a date.` };
    if (!isSaneInstant(date)) return { line, reason: `“${shorten(rawDate)}” is not a sign-up date between 2000 and 2100.` };
    signedUpAt = date;
  }
  const rawName = columns.name === -1 ? "" : (record[columns.name] ?? "").trim().split(/\s+/)[0] ?? "";
  const firstName = rawName && !hasControlCharacters(rawName) ? rawName.slice(0, 60) : null;
  seen.add(parsedEmail.data);
  return { line, email: parsedEmail.data, firstName, signedUpAt };
}

/**
 * Reads a subscriber export as it streams in: Substack's (email, created_at, …) or any file with an
 * `email` column and an optional `name`. Yields the format, then batches of rows, each with the
 * bad rows it met (reported by line, never fatal). Memory holds one batch and the set of addresses
 * seen, whatever the size of the file. A file that is not CSV at all, or has no email column,
 * throws UnreadableCsvError before yielding any rows.
 */
export async function* readSubscriberCsv(source: AsyncIterable<Uint8Array | string> | string, batchSize = 1000): AsyncGenerator<ImportChunk> {
  const parser = parse({ relax_column_count: true, skip_empty_lines: true, trim: true, info: true, bom: true });
  const input = typeof source === "string" ? Readable.from([source]) : Readable.from(source);
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);

  let columns: Columns | null = null;
  const seen = new Set<string>();
  let rows: ImportRow[] = [];
  let errors: LineError[] = [];
  let lines = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      lines = info.lines;
      if (!columns) {
        columns = columnsOf(record);
        yield { kind: "format", format: columns.format };
        continue;
      }
      const row = readRow(record, info.lines, columns, seen);
      if ("email" in row) rows.push(row);
      else errors.push(row);
      if (rows.length >= batchSize) {
        yield { kind: "rows", rows, errors, lines };
        rows = [];
        errors = [];
      }
    }
  } catch (error) {
    if (error instanceof UnreadableCsvError) throw error;
    const message = (error as Error).message.split("\n")[0];
    throw new UnreadableCsvError(`The file could not be read as CSV from line ${lines + 1} on: ${message}`, columns ? lines + 1 : null);
  }
  if (!columns) throw new UnreadableCsvError("The file is empty.");
  yield { kind: "rows", rows, errors, lines };
}
