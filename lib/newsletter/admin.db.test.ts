import { eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { subscribers } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { createSubscriberAdmin, subscribersToCsv } from "./admin";
import { importSubscriberCsv } from "./subscriber-import";

const database = freshTestDatabase();
const now = new Date("2026-11-25T10:00:00Z");

const substackExport = [
  "email,active_subscription,expiry,plan,email_disabled,title,comp,gift,created_at",
  "first@example.com,false,,,false,,,,2023-01-10T09:00:00.000Z",
  "second@example.com,false,,,false,,,,2024-05-02T12:00:00.000Z",
  "broken-address,false,,,false,,,,2024-01-01T00:00:00.000Z",
  "gone@example.com,false,,,false,,,,2022-02-02T00:00:00.000Z",
  "pending@example.com,false,,,false,,,,2021-06-01T00:00:00.000Z",
].join("\n");

describe("subscriber import and export", () => {
  it("imports a Substack export as confirmed with original dates, merges duplicates, respects opt-outs, reports bad rows", async () => {
    const { db } = database();
    await db.insert(subscribers).values([
      { email: "gone@example.com", status: "unsubscribed", source: "/newsletter", consentText: "x", signedUpAt: now, unsubscribedAt: now },
      { email: "pending@example.com", status: "pending", source: "/newsletter", consentText: "x", signedUpAt: now },
    ]);
    const result = await importSubscriberCsv(db, substackExport, now);
    expect(result).toEqual({ ok: true, lines: 6, imported: 2, merged: 1, keptUnsubscribed: 1, skipped: 1, erased: 0, errors: [{ line: 4, reason: "“broken-address” is not an email address." }] });

    const [first] = await db.select().from(subscribers).where(eq(subscribers.email, "first@example.com"));
    expect(first).toMatchObject({ status: "confirmed", source: "import:substack", signedUpAt: new Date("2023-01-10T09:00:00.000Z") });
    const [pending] = await db.select().from(subscribers).where(eq(subscribers.email, "pending@example.com"));
    expect(pending).toMatchObject({ status: "confirmed", signedUpAt: new Date("2021-06-01T00:00:00.000Z") });
    const [gone] = await db.select().from(subscribers).where(eq(subscribers.email, "gone@example.com"));
    expect(gone?.status).toBe("unsubscribed");
  });

  it("imports nothing from a file it cannot parse", async () => {
    const { db } = database();
    const before = await db.$count(subscribers);
    expect(await importSubscriberCsv(db, 'email\n"never closed', now)).toMatchObject({ ok: false, imported: 0 });
    expect(await db.$count(subscribers)).toBe(before);
  });

  it("filters and exports, neutralising cells a spreadsheet would run", async () => {
    const { db } = database();
    await db.insert(subscribers).values({ email: "formula@example.com", firstName: "=HYPERLINK(\"x\")", status: "confirmed", source: "/newsletter", consentText: "x", signedUpAt: now });
    const admin = createSubscriberAdmin(db);
    expect((await admin.list({ source: "import:substack" })).map((row) => row.email).sort()).toEqual(["first@example.com", "second@example.com"]);
    expect((await admin.list({ query: "FORMULA" })).map((row) => row.email)).toEqual(["formula@example.com"]);
    const csv = subscribersToCsv(await admin.list({ query: "formula" }));
    expect(csv).toContain(`formula@example.com,"'=HYPERLINK(""x"")",confirmed`);
  });
  it("imports a real-sized Substack export streamed in pieces: 70,000 rows, one impossible date, every good row in", async () => {
    const { db } = database();
    const lines = ["email,active_subscription,expiry,plan,email_disabled,title,comp,gift,created_at"];
    for (let index = 0; index < 70_000; index += 1) lines.push(`bulk${index}@example.com,false,,,false,,,,2024-01-01T00:00:00.000Z`);
    lines.splice(40_001, 0, "bad-date@example.com,false,,,false,,,,+275760-09-13T00:00:00.000Z");
    const file = Buffer.from(lines.join("\n"));
    expect(file.byteLength).toBeGreaterThan(2_400_000);
    // As the upload arrives: in 64 KB pieces, cut anywhere, even inside a row.
    async function* pieces() {
      for (let offset = 0; offset < file.byteLength; offset += 65_536) yield file.subarray(offset, offset + 65_536);
    }
    const progress: number[] = [];
    const result = await importSubscriberCsv(db, pieces(), now, (step) => progress.push(step.imported));
    expect(result).toMatchObject({ ok: true, imported: 70_000, skipped: 1, errors: [{ line: 40_002, reason: expect.stringContaining("+275760") }] });
    expect(await db.$count(subscribers, like(subscribers.email, "bulk%"))).toBe(70_000);
    expect(progress.length).toBeGreaterThan(10);
  });
});
