import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { bookings, courses, emailSuppressions, enrollments, orders, people, subscribers, users } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { seedDatabase } from "@/lib/seed/seed";
import { countPeople, listPeople, searchPeople } from "./people-queries";

const database = freshTestDatabase();
const now = new Date("2026-12-02T09:00:00Z");
const day = 86_400_000;

beforeAll(async () => {
  const { db } = database();
  await seedDatabase(db, now);
  // Start from a known crowd: whatever the demo seed holds is set aside.
  await db.delete(people);
  const [course] = await db.select().from(courses).limit(1);
  await db.insert(subscribers).values([
    { email: "rita.reader@example.com", firstName: "Rita", status: "confirmed", source: "/", consentText: "Yes", signedUpAt: new Date(now.getTime() - 5 * day), confirmedAt: now },
    { email: "pat.pending@example.com", status: "pending", source: "/", consentText: "Yes", signedUpAt: new Date(now.getTime() - 4 * day) },
  ]);
  const [learner] = await db.insert(users).values({ email: "lena.learner@example.com", name: "Lena Lind" }).returning();
  await db.insert(orders).values({ courseId: course!.id, status: "paid", amount: 14900, currency: "usd", userId: learner!.id, provider: "local", paidAt: now });
  await db.insert(enrollments).values({ userId: learner!.id, courseId: course!.id, source: "purchase", grantedAt: now });
  await db.insert(bookings).values({
    startsAt: new Date(now.getTime() + 3 * day),
    endsAt: new Date(now.getTime() + 3 * day + 1_800_000),
    name: "Bo Booker",
    email: "bo@example.com",
    timezone: "UTC",
    consentAt: now,
    manageTokenHash: "manage-bo",
  });
  await db.insert(emailSuppressions).values({ address: "rita.reader@example.com", reason: "hard-bounce", suppressedAt: now });
});

describe("people", () => {
  it("are registered by the tables that learn an address, once each, whoever writes them", async () => {
    const { db } = database();
    await db.insert(subscribers).values({ email: "bo@example.com", status: "confirmed", source: "/", consentText: "Yes", signedUpAt: now, confirmedAt: now });
    expect(await db.select().from(people).where(eq(people.email, "bo@example.com"))).toHaveLength(1);
    expect((await db.select().from(people)).map((row) => row.email).sort()).toEqual(
      ["bo@example.com", "lena.learner@example.com", "pat.pending@example.com", "rita.reader@example.com"].sort(),
    );
    await db.delete(subscribers).where(eq(subscribers.email, "bo@example.com"));
    // First seen when they signed up (an import keeps the original date), however they arrived later.
    const [rita] = await db.select().from(people).where(eq(people.email, "rita.reader@example.com"));
    expect(rita!.firstSeenAt).toEqual(new Date(now.getTime() - 5 * day));
  });

  it("are registered once per statement: one address twice in an import is one person, first seen at its earliest", async () => {
    const { db } = database();
    const booking = (email: string, offset: number) => ({
      startsAt: new Date(now.getTime() + (10 + offset) * day),
      endsAt: new Date(now.getTime() + (10 + offset) * day + 1_800_000),
      name: "Twice",
      email,
      timezone: "UTC",
      consentAt: now,
      manageTokenHash: `manage-twice-${offset}`,
    });
    // One statement, the same address twice and an erased placeholder: before migration 0036 this
    // was a trigger per row; as a statement it must still fold the address and skip the placeholder.
    await db.insert(bookings).values([booking("twice@example.com", 0), booking("twice@example.com", 1), booking("someone@erased.invalid", 2)]);
    expect(await db.select().from(people).where(eq(people.email, "twice@example.com"))).toHaveLength(1);
    expect(await db.select().from(people).where(eq(people.email, "someone@erased.invalid"))).toHaveLength(0);
    await db.insert(subscribers).values([
      { email: "early@example.com", status: "confirmed", source: "/", consentText: "Yes", signedUpAt: new Date(now.getTime() - 30 * day), confirmedAt: now },
      { email: "late@example.com", status: "pending", source: "/", consentText: "Yes", signedUpAt: new Date(now.getTime() + 30 * day) },
    ]);
    const [early] = await db.select().from(people).where(eq(people.email, "early@example.com"));
    expect(early!.firstSeenAt).toEqual(new Date(now.getTime() - 30 * day));
    const [late] = await db.select().from(people).where(eq(people.email, "late@example.com"));
    expect(late!.firstSeenAt.getTime()).toBeLessThanOrEqual(Date.now());
    await db.delete(bookings).where(eq(bookings.name, "Twice"));
    await db.delete(subscribers).where(eq(subscribers.email, "early@example.com"));
    await db.delete(subscribers).where(eq(subscribers.email, "late@example.com"));
    for (const email of ["twice@example.com", "early@example.com", "late@example.com"]) await db.delete(people).where(eq(people.email, email));
  });

  it("count under each filter and list with names and labels", async () => {
    const { db } = database();
    expect(await countPeople(db, undefined, now)).toEqual({ all: 4, reader: 1, learner: 1, booked: 1, bought: 1, suppressed: 1 });
    // Everyone's counts come from each filter's own table; a search for "@" (every address) goes
    // through people: the two ways must agree.
    expect(await countPeople(db, "@", now)).toEqual(await countPeople(db, undefined, now));
    const rows = await listPeople(db, { page: 1, pageSize: 50 }, now);
    expect(rows.find((row) => row.email === "lena.learner@example.com")).toMatchObject({ name: "Lena Lind", learner: true, bought: true, reader: false });
    expect(rows.find((row) => row.email === "bo@example.com")).toMatchObject({ name: "Bo Booker", booked: true });
    expect(rows.find((row) => row.email === "rita.reader@example.com")).toMatchObject({ name: "Rita", reader: true, suppressed: true });
    expect((await listPeople(db, { filter: "bought", page: 1, pageSize: 50 }, now)).map((row) => row.email)).toEqual(["lena.learner@example.com"]);
  });

  it("are found by any name they gave or part of their address, with LIKE's wildcards taken literally", async () => {
    const { db } = database();
    const search = async (text: string) => (await listPeople(db, { search: text, page: 1, pageSize: 50 }, now)).map((row) => row.email);
    expect(await search("lind")).toEqual(["lena.learner@example.com"]);
    expect(await search("BOOKER")).toEqual(["bo@example.com"]);
    expect(await search("pending@")).toEqual(["pat.pending@example.com"]);
    expect(await search("%")).toEqual([]);
    expect(await search("_")).toEqual([]);
    expect((await countPeople(db, "rita", now)).all).toBe(1);
    // The people page runs a search as one statement (the lookups once): the same rows, in the
    // same order, and the same counts as listing and counting apart, filtered or not, any page.
    for (const query of [{ search: "@" }, { search: "@", filter: "reader" as const }, { search: "e", page: 2, pageSize: 2 }, { search: "nobody-at-all" }]) {
      const apart = {
        rows: await listPeople(db, { page: 1, pageSize: 50, ...query }, now),
        counts: await countPeople(db, query.search, now),
      };
      expect(await searchPeople(db, { page: 1, pageSize: 50, ...query }, now)).toEqual(apart);
    }
  });

  it("page newest first without repeating anyone", async () => {
    const { db } = database();
    const first = await listPeople(db, { page: 1, pageSize: 3 }, now);
    const second = await listPeople(db, { page: 2, pageSize: 3 }, now);
    expect(first).toHaveLength(3);
    expect(second).toHaveLength(1);
    expect(new Set([...first, ...second].map((row) => row.id)).size).toBe(4);
    // Browsing everyone pages by the index alone; a search ("@" matches every address) pages
    // through the table: both give the same people in the same order.
    const searched = [...(await listPeople(db, { search: "@", page: 1, pageSize: 3 }, now)), ...(await listPeople(db, { search: "@", page: 2, pageSize: 3 }, now))];
    expect(searched).toEqual([...first, ...second]);
  });

  // Last: it adds people. Edge rows for the counts taken from each filter's own table.
  it("count the same from each filter's table as through people, whatever the edge rows", async () => {
    const { db } = database();
    const [course] = await db.select().from(courses).limit(1);
    const [revoked] = await db.insert(users).values({ email: "rex.revoked@example.com" }).returning();
    await db.insert(enrollments).values({ userId: revoked!.id, courseId: course!.id, source: "purchase", grantedAt: now, revokedAt: now });
    await db.insert(orders).values([
      { courseId: course!.id, status: "paid", amount: 100, currency: "usd", email: "guest.buyer@example.com", provider: "local", paidAt: now },
      { courseId: course!.id, status: "pending", amount: 100, currency: "usd", email: "pending.buyer@example.com", provider: "local" },
      { courseId: course!.id, status: "refunded", amount: 100, currency: "usd", email: "erased-1@erased.invalid", provider: "local", paidAt: now },
      { courseId: course!.id, status: "paid", amount: 100, currency: "usd", email: "lena.learner@example.com", provider: "local", paidAt: now },
    ]);
    await db.insert(emailSuppressions).values([
      { address: "bo@example.com", reason: "complaint", suppressedAt: now, liftedAt: now },
      { address: "nobody.known@example.com", reason: "hard-bounce", suppressedAt: now },
      { address: "pat.pending@example.com", reason: "soft-bounces", suppressedAt: now, until: new Date(now.getTime() - day) },
    ]);
    const everyone = await countPeople(db, undefined, now);
    expect(everyone).toEqual(await countPeople(db, "@", now));
    expect(everyone).toMatchObject({ learner: 1, bought: 2, suppressed: 1 });
  });
});
