import { parse } from "csv-parse/sync";
import { z } from "zod";

export type ImportFormat = "substack" | "csv";

export interface ImportRow {
  line: number;
  email: string;
  firstName: string | null;
  signedUpAt: Date | null;
}

export type ParsedImport =
  | { ok: true; format: ImportFormat; rows: ImportRow[]; errors: { line: number; reason: string }[] }
  | { ok: false; error: string };

const email = z.string().trim().toLowerCase().pipe(z.email());

/**
 * Reads a subscriber export: Substack's (email, created_at, …) or a generic file with an `email`
 * column and an optional `name`. Bad rows are reported with their line number; a file that is not
 * CSV at all, or has no email column, yields nothing.
 */
export function parseSubscriberCsv(text: string): ParsedImport {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (error) {
    return { ok: false, error: `The file could not be read as CSV: ${(error as Error).message.split("\n")[0]}` };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, error: "The file is empty." };
  const columns = header.map((name) => name.trim().toLowerCase());
  const emailAt = columns.findIndex((name) => name === "email" || name === "email address");
  if (emailAt === -1) return { ok: false, error: "The file has no “email” column in its first line." };
  const format: ImportFormat = columns.includes("active_subscription") || columns.includes("email_disabled") ? "substack" : "csv";
  const nameAt = columns.findIndex((name) => name === "name" || name === "first_name" || name === "first name");
  const createdAt = columns.findIndex((name) => name === "created_at" || name === "subscribed_at");

  const rows: ImportRow[] = [];
  const errors: { line: number; reason: string }[] = [];
  const seen = new Set<string>();
  body.forEach((record, index) => {
    const line = index + 2; // 1-based, after the header
    const parsedEmail = email.safeParse(record[emailAt] ?? "");
    if (!parsedEmail.success) {
      errors.push({ line, reason: record[emailAt] ? `“${record[emailAt]}” is not an email address.` : "The email is missing." });
      return;
    }
    if (seen.has(parsedEmail.data)) {
      errors.push({ line, reason: `${parsedEmail.data} appears earlier in the file.` });
      return;
    }
    let signedUpAt: Date | null = null;
    if (createdAt !== -1 && record[createdAt]) {
      const date = new Date(record[createdAt]!);
      if (Number.isNaN(date.getTime())) {
        errors.push({ line, reason: `“${record[createdAt]}” is not a date.` });
        return;
      }
      signedUpAt = date;
    }
    seen.add(parsedEmail.data);
    const firstName = nameAt === -1 ? null : (record[nameAt] ?? "").trim().split(/\s+/)[0] || null;
    rows.push({ line, email: parsedEmail.data, firstName, signedUpAt });
  });
  return { ok: true, format, rows, errors };
}
