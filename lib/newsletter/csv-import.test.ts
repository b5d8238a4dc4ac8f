import { describe, expect, it } from "vitest";
import { parseSubscriberCsv } from "./csv-import";

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
  it("reads Substack's export, keeping signup dates and reporting each bad row by line", () => {
    const result = parseSubscriberCsv(substack);
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

  it("reads a generic email,name file", () => {
    const result = parseSubscriberCsv("\uFEFFEmail,Name\nsam@example.com,Sam Reader\nkim@example.com,\n");
    expect(result).toMatchObject({ ok: true, format: "csv", rows: [{ email: "sam@example.com", firstName: "Sam" }, { email: "kim@example.com", firstName: null }], errors: [] });
  });

  it("refuses a file it cannot read, or one without an email column, as a whole", () => {
    expect(parseSubscriberCsv('email\n"unterminated')).toMatchObject({ ok: false, error: expect.stringContaining("could not be read as CSV") });
    expect(parseSubscriberCsv("name,phone\nSam,123")).toEqual({ ok: false, error: "The file has no “email” column in its first line." });
    expect(parseSubscriberCsv("")).toEqual({ ok: false, error: "The file is empty." });
  });
});
