import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { broadcasts, emailOutbox, people, subscribers, users } from "@/db/schema";
import { countCopiesByBroadcast } from "@/lib/email/queries";
import { freshTestDatabase } from "@/db/testing/test-database";
import { readTallies } from "./queries";

const database = freshTestDatabase();
const now = new Date("2026-12-07T10:00:00Z");

/** Each tally beside the count it stands for. */
async function tallyAndTruth(db: ReturnType<typeof database>["db"]) {
  const [truth] = await db.execute<Record<string, number>>(sql`
    select
      (select count(*)::int from email_outbox where status = 'queued') as "email_outbox:queued",
      (select count(*)::int from email_outbox where status = 'sent') as "email_outbox:sent",
      (select count(*)::int from email_outbox where status = 'failed') as "email_outbox:failed",
      (select count(*)::int from subscribers where status = 'confirmed') as "subscribers:confirmed",
      (select count(*)::int from subscribers where status = 'pending') as "subscribers:pending",
      (select count(*)::int from subscribers where status = 'unsubscribed') as "subscribers:unsubscribed",
      (select count(*)::int from subscribers where confirmed_at is not null and unsubscribed_at is null) as "subscribers:readers",
      (select count(*)::int from users) as "users:all",
      (select count(*)::int from people) as "people:all"`);
  const tallied: Record<string, number> = {};
  for (const prefix of ["email_outbox:", "subscribers:", "users:", "people:"]) {
    for (const [name, n] of await readTallies(db, prefix)) tallied[prefix + name] = n;
  }
  const named = Object.fromEntries(Object.keys(truth!).map((name) => [name, tallied[name] ?? 0]));
  return { tallied: named, truth: truth! };
}

const message = (to: string, status: "queued" | "sent" = "queued") => ({
  kind: "transactional" as const,
  template: "test",
  toAddress: to,
  fromAddress: "coach@example.com",
  subject: "Hello",
  html: "",
  text: "",
  status,
  sentAt: status === "sent" ? now : null,
});

describe("running tallies", () => {
  it("follow every insert, update and delete, whatever the statement's size", async () => {
    const { db } = database();
    await db.insert(subscribers).values(
      Array.from({ length: 30 }, (_, index) => ({
        email: `tally${index}@example.com`,
        status: (index % 3 === 0 ? "pending" : "confirmed") as "confirmed",
        source: "/",
        consentText: "x",
        signedUpAt: now,
        confirmedAt: index % 3 === 0 ? null : now,
      })),
    );
    await db.insert(emailOutbox).values(Array.from({ length: 25 }, (_, index) => message(`tally${index}@example.com`)));
    await db.insert(users).values({ email: "tally-user@example.com" });
    // A statement that moves rows between tallies, one that changes nothing, and deletions.
    await db.update(subscribers).set({ status: "unsubscribed", unsubscribedAt: now }).where(sql`${subscribers.email} like 'tally1%'`);
    await db.update(subscribers).set({ firstName: "Same" }).where(sql`false`);
    await db.update(emailOutbox).set({ status: "sent", sentAt: now }).where(sql`${emailOutbox.toAddress} like 'tally2%'`);
    await db.update(emailOutbox).set({ status: "failed", lastError: "no" }).where(eq(emailOutbox.toAddress, "tally3@example.com"));
    await db.delete(emailOutbox).where(eq(emailOutbox.toAddress, "tally4@example.com"));
    await db.delete(subscribers).where(eq(subscribers.email, "tally5@example.com"));
    await db.delete(people).where(eq(people.email, "tally5@example.com"));
    // A letter's copies, written in batches and sent in batches.
    const [letter] = await db.insert(broadcasts).values({ subject: "A letter", status: "sending" }).returning();
    for (const batch of [0, 1]) {
      await db.insert(emailOutbox).values(
        Array.from({ length: 20 }, (_, index) => ({ ...message(`copy${batch}-${index}@example.com`), kind: "newsletter" as const, broadcastId: letter!.id, batchNo: batch })),
      );
    }
    await db.update(emailOutbox).set({ status: "sent", sentAt: now }).where(sql`${emailOutbox.broadcastId} = ${letter!.id} and ${emailOutbox.batchNo} = 0`);
    const copies = await db.execute<{ status: string; n: number }>(
      sql`select status, count(*)::int n from email_outbox where broadcast_id = ${letter!.id} group by status order by status`,
    );
    const byTally = (await countCopiesByBroadcast(db, letter!.id)).map((row) => ({ status: row.status, n: row.n })).sort((a, b) => a.status.localeCompare(b.status));
    expect(byTally).toEqual([...copies]);
    expect((await countCopiesByBroadcast(db)).filter((row) => row.broadcastId === letter!.id).map((row) => ({ status: row.status, n: row.n })).sort((a, b) => a.status.localeCompare(b.status))).toEqual([...copies]);
    const { tallied, truth } = await tallyAndTruth(db);
    expect(tallied).toEqual(truth);
    expect(truth["email_outbox:sent"]).toBeGreaterThan(0);
    expect(truth["subscribers:unsubscribed"]).toBeGreaterThan(0);
  });

  it("stay exact with many writers at once on every connection of the pool", async () => {
    const { db } = database();
    // 60 transactions over 5 connections, each writing to several tallies in a different order.
    await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        db.transaction(async (tx) => {
          if (index % 2) await tx.insert(emailOutbox).values(message(`busy${index}@example.com`, index % 4 === 1 ? "sent" : "queued"));
          await tx.insert(subscribers).values({ email: `busy${index}@example.com`, status: "confirmed", source: "/", consentText: "x", signedUpAt: now, confirmedAt: now });
          if (!(index % 2)) await tx.insert(emailOutbox).values(message(`busy${index}@example.com`));
          if (index % 5 === 0) await tx.update(emailOutbox).set({ status: "sent", sentAt: now }).where(eq(emailOutbox.toAddress, `busy${index}@example.com`));
        }),
      ),
    );
    const { tallied, truth } = await tallyAndTruth(db);
    expect(tallied).toEqual(truth);
  });

  it("start again from nothing when a table is emptied", async () => {
    const { db } = database();
    await db.execute(sql`truncate email_outbox cascade`);
    expect((await readTallies(db, "email_outbox:")).size).toBe(0);
    await db.insert(emailOutbox).values(message("after-truncate@example.com"));
    const { tallied, truth } = await tallyAndTruth(db);
    expect(tallied).toEqual(truth);
  });
});
