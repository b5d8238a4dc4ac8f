import { describe, expect, it } from "vitest";
import { readSubscriberCsv, UnreadableCsvError, type ImportRow, type LineError } from "./csv-import";

/** The whole file read as the importer reads it, in one list of rows and one of errors. */
async function parseSubscriberCsv(text: string, batchSize = 1000) {
  const rows: ImportRow[] = [];
  const errors: LineError[] = [];
  let format: string | undefined;
  let batches = 0;
  try {
    for await (const chunk of readSubscriberCsv(text, batchSize)) {
      if (chunk.kind === "format") format = chunk.format;
      else {
        batches += 1;
        rows.push(...chunk.rows);
        errors.push(...chunk.errors);
      }
    }
  } catch (error) {
    if (error instanceof UnreadableCsvError) return { ok: false as const, error: error.message };
    throw error;
  }
  return { ok: true as const, format, rows, errors, batches };
}

const substack = [
  "email,active_subscription,expiry,plan,email_disabled,title,comp,gift,created_at",
  "reader@example.com,false,,,false,,,,2024-03-05T10:00:00.000Z",
  '"Quoted@Example.com",false,,,false,"A title, with a comma",,,2023-11-01T08:30:00.000Z',
  "not-an-email,false,,,false,,,,2024-01-01T00:00:00.000Z",
  "late@example.com,false,,,false,,,,yesterday",
  ",false,,,false,,,,2024-01-01T00:00:00.000Z",
  "reader@example.com,false,,,false,,,,2024-03-06T10:00:00.000Z",
].join("\r\n");

describe("parseSubscriberCsv", () => {
  it("reads Substack's export, keeping signup dates and reporting each bad row by line", async () => {
    const result = await parseSubscriberCsv(substack);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe("substack");
    expect(result.rows.map((row) => [row.line, row.email, row.signedUpAt?.toISOString()])).toEqual([
      [2, "reader@example.com", "2024-03-05T10:00:00.000Z"],
      [3, "quoted@example.com", "2023-11-01T08:30:00.000Z"],
    ]);
    expect(result.errors).toEqual([
      { line: 4, reason: "“not-an-email” is not an email address." },
      { line: 5, reason: "“yesterday” is not a date." },
      { line: 6, reason: "The email is missing." },
      { line: 7, reason: "reader@example.com appears earlier in the file." },
    ]);
  });

  it("reads a generic email,name file", async () => {
    const result = await parseSubscriberCsv("\uFEFFEmail,Name\nsam@example.com,Sam Reader\nkim@example.com,\n");
    expect(result).toMatchObject({ ok: true, format: "csv", rows: [{ email: "sam@example.com", firstName: "Sam" }, { email: "kim@example.com", firstName: null }], errors: [] });
  });

  it("refuses a file it cannot read, or one without an email column, as a whole", async () => {
    expect(await parseSubscriberCsv('email\n"unterminated')).toMatchObject({ ok: false, error: expect.stringContaining("could not be read as CSV") });
    expect(await parseSubscriberCsv("name,phone\nSam,123")).toEqual({ ok: false, error: "The file has no “email” column in its first line." });
    expect(await parseSubscriberCsv("")).toEqual({ ok: false, error: "The file is empty." });
  });

  it("reports an impossible date, a control character or an overlong address by line, and keeps reading", async () => {
    const file = [
      "email,created_at,name",
      "far@example.com,+275760-09-13T00:00:00.000Z,Far",
      `${"x".repeat(300)}@example.com,2024-01-01,Long`,
      "ok@example.com,2024-01-01,Nul\u0000Name",
      "fine@example.com,2024-02-02,Fine",
    ].join("\n");
    const result = await parseSubscriberCsv(file);
    expect(result.ok && result.errors.map((error) => error.line)).toEqual([2, 3]);
    expect(result.ok && result.errors[0]!.reason).toContain("not a sign-up date between 2000 and 2100");
    expect(result.ok && result.rows.map((row) => [row.email, row.firstName])).toEqual([
      ["ok@example.com", null],
      ["fine@example.com", "Fine"],
    ]);
  });

  it("yields big files in batches, never all at once", async () => {
    const file = ["email", ...Array.from({ length: 2500 }, (_, index) => `reader${index}@example.com`)].join("\n");
    const result = await parseSubscriberCsv(file, 1000);
    expect(result.ok && result.rows).toHaveLength(2500);
    expect(result.ok && result.batches).toBe(3);
  });
});
