import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  accounts,
  bookings,
  certificates,
  courses,
  emailDeliveryEvents,
  emailOutbox,
  emailSuppressions,
  enrollments,
  lessonProgress,
  reflections,
  lessons,
  moduleOpenNotices,
  orders,
  people,
  personNotes,
  rateLimits,
  routineCheckIns,
  routines,
  sessions,
  subscribers,
  users,
  verificationTokens,
  welcomeDeliveries,
  welcomeFollowUps,
} from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { importSubscriberCsv } from "@/lib/newsletter/subscriber-import";
import { loadPersonRecords } from "./records";
import { seedDatabase } from "@/lib/seed/seed";
import { findErasedAddresses } from "./erasure-queries";
import { erasePerson } from "./erasure";
import { ERASURE_PLAN } from "./erasure-plan";
import { personalDataExport } from "./export";

const database = freshTestDatabase();
const now = new Date("2026-12-02T09:00:00Z");
const ERASED = "erin.erase@example.com";
const ERASED_NAME = "Erinthea Erasmussen";
const KEPT = "kept.reader@example.com";

let peopleMade = 0;

/** Puts `email` into every table that can hold a person, the way the app would. */
async function somebodyEverywhere(email: string, name: string) {
  const { db } = database();
  // Provider ids are opaque, as Stripe's and Resend's are: they never spell the address.
  const n = ++peopleMade;
  const [course] = await db.select().from(courses).limit(1);
  const [lesson] = await db.select().from(lessons).where(eq(lessons.courseId, course!.id)).limit(1);
  const [routine] = await db.select().from(routines).limit(1);
  const [user] = await db.insert(users).values({ email, name }).returning();
  await db.insert(accounts).values({ userId: user!.id, type: "email", provider: "resend", providerAccountId: email });
  await db.insert(sessions).values({ sessionToken: `session-${email}`, userId: user!.id, expires: new Date(now.getTime() + 86_400_000) });
  await db.insert(verificationTokens).values({ identifier: email, token: `hash-${email}`, expires: new Date(now.getTime() + 3_600_000) });
  await db.insert(routineCheckIns).values({ userId: user!.id, routineId: routine!.id, before: 7, after: 3, completedAt: now });
  const [order] = await db
    .insert(orders)
    .values({ courseId: course!.id, status: "paid", amount: 14900, currency: "usd", amountPaid: 14900, email, userId: user!.id, provider: "local", checkoutSessionId: `cs_test_${n}`, paymentIntentId: `pi_test_${n}`, paidAt: now })
    .returning();
  const [enrollment] = await db.insert(enrollments).values({ userId: user!.id, courseId: course!.id, source: "purchase", orderId: order!.id, grantedAt: now }).returning();
  await db.insert(moduleOpenNotices).values({ enrollmentId: enrollment!.id, moduleId: lesson!.moduleId, notifiedAt: now });
  await db.insert(certificates).values({ enrollmentId: enrollment!.id, learnerName: name, courseTitle: "A course", issuedAt: now });
  await db.insert(lessonProgress).values({ userId: user!.id, lessonId: lesson!.id, completedAt: now });
  await db.insert(reflections).values({ userId: user!.id, lessonId: lesson!.id, promptId: "0123456789abcdef", prompt: "Where did you feel it?", answer: `${name} felt it in the jaw`, updatedAt: now });
  const [subscriber] = await db
    .insert(subscribers)
    .values({ email, firstName: name.split(" ")[0], status: "confirmed", source: "/routines/tennis-ball-foot-release", consentText: "Yes, send me letters.", signedUpAt: now, confirmedAt: now })
    .returning();
  const [followUp] = await db.insert(welcomeFollowUps).values({ delayDays: 3, subject: "Day three", body: "Hello again." }).returning();
  await db.insert(welcomeDeliveries).values({ subscriberId: subscriber!.id, followUpId: followUp!.id, sentAt: now });
  await db.insert(bookings).values({
    startsAt: new Date(now.getTime() + (n + 1) * 86_400_000),
    endsAt: new Date(now.getTime() + (n + 1) * 86_400_000 + 1_800_000),
    name,
    email,
    timezone: "Europe/Berlin",
    answers: [{ questionId: "q1", label: "What brings you here?", answer: `${name} has tight hamstrings` }],
    consentAt: now,
    manageTokenHash: `manage-${email}`,
    privateNotes: `Call ${name} back`,
  });
  const outbox = { kind: "transactional" as const, template: "welcome", fromAddress: "coach@example.com", toAddress: email, subject: `Welcome, ${name}`, html: `<p>Hi ${name} (${email})</p>`, text: `Hi ${name}` };
  const [sent] = await db.insert(emailOutbox).values({ ...outbox, status: "sent", sentAt: now, providerMessageId: `re_test_${n}` }).returning();
  await db.insert(emailOutbox).values({ ...outbox, status: "queued" });
  // The coach's notice of their booking names them in its body.
  await db.insert(emailOutbox).values({ ...outbox, toAddress: "coach@example.com", subject: "New booking", html: `<p>${name} &lt;${email}&gt; booked</p>`, text: `${name} <${email}> booked`, status: "sent", sentAt: now, providerMessageId: `re_notice_${n}` });
  await db.insert(emailDeliveryEvents).values({ id: `msg_test_${n}`, type: "email.bounced", address: email, providerMessageId: `re_test_${n}`, outboxId: sent!.id, bounceType: "Transient", detail: `Mailbox of ${email} full`, occurredAt: now });
  await db.insert(emailSuppressions).values({ address: email, reason: "soft-bounces", detail: `Mailbox of ${email} full`, suppressedAt: now, until: new Date(now.getTime() + 30 * 86_400_000) });
  await db.insert(rateLimits).values({ key: `signInPerEmail:${email}`, points: 1, expire: now.getTime() + 60_000 });
  const [person] = await db.select().from(people).where(eq(people.email, email));
  await db.insert(personNotes).values({ personId: person!.id, body: `${name} prefers mornings` });
  return { user: user!, order: order! };
}

/** Every (table, column) in the live schema holding text that mentions `needle`. */
async function whereItStillIs(needle: string) {
  const { sql: raw } = database();
  const columns = await raw<{ schema: string; table: string; column: string }[]>`
    select table_schema as schema, table_name as table, column_name as column from information_schema.columns
    where table_schema in ('public', 'pgboss') and data_type in ('text', 'character varying', 'jsonb', 'json', 'uuid', 'ARRAY')`;
  const found: string[] = [];
  for (const { schema, table, column } of columns) {
    const [row] = await raw.unsafe<{ n: number }[]>(`select count(*)::int n from "${schema}"."${table}" where position(lower($1) in lower("${column}"::text)) > 0`, [needle]);
    if (row!.n > 0) found.push(`${schema}.${table}.${column}`);
  }
  return found;
}

beforeAll(async () => {
  await seedDatabase(database().db, now);
});

describe("the erasure plan", () => {
  it("names every table in the schema, and only tables that exist", async () => {
    const tables = (await database().sql<{ name: string }[]>`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`).map((row) => row.name).sort();
    // A new table must be added to ERASURE_PLAN with a decision: erased how, or why it holds no one.
    expect(tables).toEqual(Object.keys(ERASURE_PLAN).sort());
  });
});

describe("erasing a person", () => {
  let erased: Awaited<ReturnType<typeof somebodyEverywhere>>;

  beforeAll(async () => {
    erased = await somebodyEverywhere(ERASED, ERASED_NAME);
    await somebodyEverywhere(KEPT, "Kim Keeper");
  });

  it("had them in every table the plan erases from", async () => {
    for (const [table, plan] of Object.entries(ERASURE_PLAN)) {
      if (!("erased" in plan) || table === "erased_addresses") continue;
      const [row] = await database().sql.unsafe<{ n: number }[]>(`select count(*)::int n from "${table}"`);
      expect(row!.n, `the test puts a person in ${table}`).toBeGreaterThan(0);
    }
    expect(await whereItStillIs(ERASED)).not.toEqual([]);
  });

  it("leaves their address, name and account id nowhere, keeps the order anonymised, and spares everyone else", async () => {
    const summary = await database().db.transaction((tx) => erasePerson(tx, { email: ERASED.toUpperCase(), by: "coach", now }));
    expect(summary).toEqual({ account: true, subscriber: true, bookings: 1, ordersAnonymised: 1, unsentMailPurged: 1, sentMailBlanked: 2 });

    expect(await whereItStillIs(ERASED)).toEqual([]);
    expect(await whereItStillIs("Erinthea")).toEqual([]);
    expect(await whereItStillIs(erased.user.id)).toEqual([]);

    const [order] = await database().db.select().from(orders).where(eq(orders.id, erased.order.id));
    expect(order).toMatchObject({ status: "paid", amountPaid: 14900, userId: null, email: `erased-${erased.order.id}@erased.invalid` });
    const sentCopies = await database().db.select().from(emailOutbox).where(sql`${emailOutbox.toAddress} like 'erased-%'`);
    expect(sentCopies).toEqual([expect.objectContaining({ status: "sent", subject: "(erased)", html: "", text: "" })]);

    const kept = await loadPersonRecords(database().db, { email: KEPT, personId: null });
    expect(kept.user?.name).toBe("Kim Keeper");
    expect(kept.bookings).toHaveLength(1);
    expect(kept.orders).toHaveLength(1);
    expect(kept.emails).toHaveLength(2);
    expect(kept.suppression).not.toBeNull();
  });

  it("keeps a later import from bringing the address back, and a second erasure changes nothing", async () => {
    expect(await findErasedAddresses(database().db, [ERASED, KEPT])).toEqual(new Set([ERASED]));
    const report = await importSubscriberCsv(database().db, `email,name\n${ERASED},Erin\nnew.reader@example.com,Nia\n`, now);
    expect(report).toMatchObject({ ok: true, imported: 1, erased: 1 });
    expect(await whereItStillIs(ERASED)).toEqual([]);

    const again = await database().db.transaction((tx) => erasePerson(tx, { email: ERASED, by: "person", now }));
    expect(again).toEqual({ account: false, subscriber: false, bookings: 0, ordersAnonymised: 0, unsentMailPurged: 0, sentMailBlanked: 0 });
  });

  it("rolls back whole when it fails half-way", async () => {
    const { db } = database();
    await expect(
      db.transaction(async (tx) => {
        await erasePerson(tx, { email: KEPT, by: "coach", now });
        throw new Error("the server died here");
      }),
    ).rejects.toThrow("the server died here");
    const kept = await loadPersonRecords(db, { email: KEPT, personId: null });
    expect(kept.user).not.toBeNull();
    expect(kept.subscriber).not.toBeNull();
    expect(kept.bookings).toHaveLength(1);
  });
});

describe("the export", () => {
  it("holds what the timeline knows, with no secrets", async () => {
    const email = "export.me@example.com";
    await somebodyEverywhere(email, "Esme Export");
    const [person] = await database().db.select().from(people).where(eq(people.email, email));
    const data = personalDataExport(await loadPersonRecords(database().db, { email, personId: person!.id }), now);
    expect(data).toMatchObject({
      format: "stillpoint-personal-data",
      version: 1,
      email,
      account: { name: "Esme Export" },
      newsletter: { status: "confirmed", consentText: "Yes, send me letters." },
      bookings: [{ name: "Esme Export", answers: [{ question: "What brings you here?", answer: "Esme Export has tight hamstrings" }], coachNotes: "Call Esme Export back" }],
      orders: [{ status: "paid", amountPaid: 14900, currency: "usd" }],
      checkIns: [{ before: 7, after: 3 }],
      mailStop: { reason: "soft-bounces" },
      coachNotes: [{ note: "Esme Export prefers mornings" }],
    });
    expect(data.courses[0]!.lessonsCompleted).toHaveLength(1);
    expect(data.emails).toHaveLength(2);
    const text = JSON.stringify(data);
    for (const secret of ["manage-", "session-", "hash-", "pi_", "cs_", "re_"]) expect(text).not.toContain(secret);
  });
});
