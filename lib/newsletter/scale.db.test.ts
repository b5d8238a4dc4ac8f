import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { subscribers } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { createSubscriberAdmin, SUBSCRIBERS_PAGE_SIZE } from "./admin";
import { confirmedReadersPerDay } from "./queries";

const database = freshTestDatabase();
const now = new Date("2026-12-07T10:00:00Z");
const day = 86_400_000;

/** The growth line by its definition, one day at a time: what the fast query must equal. */
function readersByDefinition(rows: { confirmedAt: Date | null; unsubscribedAt: Date | null }[], days: number) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days + 1 }, (_, index) => {
    const end = today - (days - index) * day + day;
    const readers = rows.filter((row) => row.confirmedAt && row.confirmedAt.getTime() < end && (!row.unsubscribedAt || row.unsubscribedAt.getTime() >= end)).length;
    return { day: new Date(end - day).toISOString().slice(0, 10), readers };
  });
}

describe("the newsletter at scale", () => {
  it("draws the dashboard's growth line from running sums, equal to counting each day", async () => {
    const { db } = database();
    // Every case near the window's edges: confirmed long ago, in the window, at midnight, today;
    // left before, inside and after the window; pending; left without ever confirming; left, then
    // confirmed again (the departure counts at the later time).
    const at = (daysAgo: number, hour = 12) => new Date(now.getTime() - daysAgo * day + (hour - 10) * 3_600_000);
    const cases: [Date | null, Date | null][] = [
      [at(400), null], [at(400), at(300)], [at(400), at(45)], [at(400), at(0, 1)],
      [at(91, 0), null], [at(90, 0), null], [at(90, 23), at(89, 0)], [at(30), null], [at(30), at(29)],
      [at(0, 0), null], [at(0, 9), null], [null, null], [null, at(10)], [at(5), at(20)], [at(100), at(100)],
    ];
    const rows = cases.map(([confirmedAt, unsubscribedAt], index) => ({
      email: `case${index}@example.com`,
      status: (unsubscribedAt ? "unsubscribed" : confirmedAt ? "confirmed" : "pending") as "confirmed",
      source: "/newsletter",
      consentText: "x",
      signedUpAt: confirmedAt ?? at(3),
      confirmedAt,
      unsubscribedAt,
    }));
    await db.insert(subscribers).values(rows);
    expect(await confirmedReadersPerDay(db, now, 90)).toEqual(readersByDefinition(rows, 90));
    expect(await confirmedReadersPerDay(db, now, 7)).toEqual(readersByDefinition(rows, 7));
    // The per-day tallies follow later changes too: a reader leaves today, one who had left comes
    // back (confirmed again, the departure gone), one is erased.
    await db.update(subscribers).set({ status: "unsubscribed", unsubscribedAt: at(0, 2) }).where(sql`${subscribers.email} = 'case7@example.com'`);
    await db.update(subscribers).set({ status: "confirmed", confirmedAt: at(1), unsubscribedAt: null }).where(sql`${subscribers.email} = 'case8@example.com'`);
    await db.delete(subscribers).where(sql`${subscribers.email} = 'case4@example.com'`);
    const changed = rows
      .filter((row) => row.email !== "case4@example.com")
      .map((row) =>
        row.email === "case7@example.com" ? { ...row, unsubscribedAt: at(0, 2) } : row.email === "case8@example.com" ? { ...row, confirmedAt: at(1), unsubscribedAt: null } : row,
      );
    expect(await confirmedReadersPerDay(db, now, 90)).toEqual(readersByDefinition(changed, 90));
  });

  it("pages the list newest first by keyset, forwards and back, without a row lost or repeated", async () => {
    const { db } = database();
    // Ties on the sign-up time too: the id breaks them.
    await db.execute(sql`
      insert into subscribers (email, status, source, consent_text, signed_up_at)
      select 'paged' || i || '@example.com', 'confirmed', '/newsletter', 'x', ${now.toISOString()}::timestamptz - ((i / 3) || ' minutes')::interval
      from generate_series(1, 130) i`);
    const admin = createSubscriberAdmin(db);
    const paged = { query: "paged" };
    const first = await admin.page(paged);
    expect(first).toMatchObject({ total: 130, hasNewer: false, hasOlder: true });
    expect(first.rows).toHaveLength(SUBSCRIBERS_PAGE_SIZE);
    const after = (row: (typeof first.rows)[number]) => ({ signedUpAt: row.signedUpAt, id: row.id, direction: "after" as const });
    const second = await admin.page(paged, after(first.rows.at(-1)!));
    const third = await admin.page(paged, after(second.rows.at(-1)!));
    expect(third).toMatchObject({ hasNewer: true, hasOlder: false });
    const seen = [...first.rows, ...second.rows, ...third.rows].map((row) => row.id);
    expect(seen).toHaveLength(130);
    expect(new Set(seen).size).toBe(130);
    const all = await admin.list(paged, 1000);
    expect(seen).toEqual(all.map((row) => row.id));
    // Back from the third page: the second page again.
    const back = await admin.page(paged, { signedUpAt: third.rows[0]!.signedUpAt, id: third.rows[0]!.id, direction: "before" });
    expect(back.rows.map((row) => row.id)).toEqual(second.rows.map((row) => row.id));
    expect(back).toMatchObject({ hasNewer: true, hasOlder: true });
    const backToStart = await admin.page(paged, { signedUpAt: second.rows[0]!.signedUpAt, id: second.rows[0]!.id, direction: "before" });
    expect(backToStart.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
    expect(backToStart.hasNewer).toBe(false);
  });

  it("exports every matching subscriber in batches, however many there are", async () => {
    const { db } = database();
    await db.execute(sql`
      insert into subscribers (email, status, source, consent_text, signed_up_at)
      select 'export' || i || '@example.com', case when i % 4 = 0 then 'unsubscribed' else 'confirmed' end::subscriber_status, '/newsletter', 'x',
        ${now.toISOString()}::timestamptz - ((i / 5) || ' seconds')::interval
      from generate_series(1, 4500) i`);
    const admin = createSubscriberAdmin(db);
    let csv = "";
    let pieces = 0;
    for await (const piece of admin.exportCsv({ status: "confirmed", query: "export" })) {
      csv += piece;
      pieces += 1;
    }
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("email,first_name,status,source,signed_up_at,confirmed_at,unsubscribed_at");
    expect(lines).toHaveLength(1 + 3375);
    expect(new Set(lines).size).toBe(lines.length);
    expect(pieces).toBeGreaterThan(2);
  });

  it("lists every sign-up source once, in order, by hopping through the index", async () => {
    const { db } = database();
    await db.execute(sql`
      insert into subscribers (email, status, source, consent_text, signed_up_at)
      select 'sourced' || i || '@example.com', 'confirmed', (array['/routines/a', '/?via=footer', 'import:substack', '/routines/a'])[1 + i % 4], 'x', ${now.toISOString()}::timestamptz
      from generate_series(1, 40) i`);
    const distinct = await db.selectDistinct({ source: subscribers.source }).from(subscribers).orderBy(subscribers.source);
    expect(await createSubscriberAdmin(db).sources()).toEqual(distinct.map((row) => row.source));
    expect(distinct.length).toBeGreaterThanOrEqual(4);
  });
});
