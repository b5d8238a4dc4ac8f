import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/db/connect";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase } from "@/db/testing/test-database";
import type { GuardMode } from "@/db/transaction-scope";
import { localTransport } from "@/lib/email/transport";
import { localWebhookSecret, parseEnv } from "@/lib/platform/env";
import { createBoss } from "@/lib/platform/queue/boss";
import { chargeRefundedEvent, checkoutSessionEvent, invoiceEvent } from "@/lib/payments/local-provider/events";
import { createLocalProvider } from "@/lib/payments/local-provider/provider";
import type { PaymentProvider } from "@/lib/payments/provider";
import { signWebhookPayload } from "@/lib/payments/stripe/signature";
import { createServices, type Services } from "./services";

/**
 * Every write path, called more times at once than the pool has connections, through the same
 * wiring production uses (createServices over a real pool, pg-boss, the email service and a
 * payment provider). A transaction that reads through the pool instead of its own `tx` waits for
 * a connection the other transactions hold: with the guard on it throws at once; with it off it
 * starves until the pool's wait limit. Either way these tests fail on such code.
 */
const POOL = 3;
const N = 10;
const SECRET = "concurrency-secret-concurrency-secret-00";

describe.each<GuardMode>(["throw", "log"])("with the pool guard set to %s", (guard) => {
  let close: () => Promise<void>;
  let boss: PgBoss;
  let services: Services;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: ReturnType<typeof createDatabase>;
  // Reports a checkout as paid, as Stripe would when the success page asks before the webhook came.
  const paidSessions = new Map<string, unknown>();

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db);
    pool = createDatabase(database.url, { name: "web", max: POOL, poolWaitMs: 3_000, guard });
    boss = await createBoss(database.url);
    const config = parseEnv({ NODE_ENV: "test", APP_URL: "https://coach.example", AUTH_SECRET: SECRET, DATABASE_URL: database.url });
    const local = createLocalProvider({ appUrl: config.APP_URL, webhookSecret: localWebhookSecret(SECRET), postEvent: async () => {} });
    const provider: PaymentProvider = { ...local, retrieveCheckoutSession: async (id) => paidSessions.get(id) ?? null };
    services = createServices({ db: pool.db, boss, transport: localTransport, config, paymentProvider: provider });
    close = async () => {
      await boss.stop({ graceful: false, wait: true });
      await pool.sql.end({ timeout: 5 });
      await database.close();
    };
  }, 60_000);
  afterAll(() => close());

  const count = async (query: string, ...params: unknown[]) => Number((await database.sql.unsafe(query, params as never[]))[0]!.n);

  async function freeStarts(howMany: number, skip = 0) {
    const slots = await services.booking.availableSlots(new Date(Date.now() + 86_400_000), new Date(Date.now() + 40 * 86_400_000));
    expect(slots.length).toBeGreaterThanOrEqual(skip + howMany);
    return slots.slice(skip, skip + howMany).map((slot) => slot.start);
  }

  async function answers() {
    const questions = await services.booking.intakeQuestions();
    return Object.fromEntries(questions.filter((question) => question.required).map((question) => [question.id, "A stiff back."]));
  }

  const request = async (start: Date, email: string) => ({ start, name: "Sam", email, timezone: "Europe/Berlin", answers: await answers(), consent: true as const });

  it(`books one slot ${N} times at once: one booking, the rest told it was taken`, async () => {
    const [start] = await freeStarts(1);
    const results = await Promise.all(Array.from({ length: N }, async (_, index) => services.booking.book(await request(start!, `one-${guard}-${index}@example.com`), null)));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.reason === "taken")).toHaveLength(N - 1);
  });

  it(`books ${N} different slots at once, then moves and cancels them all at once`, async () => {
    const starts = await freeStarts(2 * N, 1);
    const booked = await Promise.all(starts.slice(0, N).map(async (start, index) => services.booking.book(await request(start, `many-${guard}-${index}@example.com`), null)));
    expect(booked.every((result) => result.ok)).toBe(true);
    const tokens = booked.map((result) => (result.ok ? result.manageToken : ""));

    const moved = await Promise.all(tokens.map((token, index) => services.booking.move(token, starts[N + index]!)));
    expect(moved.filter((result) => result.ok)).toHaveLength(N);

    const cancelled = await Promise.all(tokens.map((token) => services.booking.cancelByVisitor(token, null)));
    expect(cancelled.filter((result) => result.ok)).toHaveLength(N);
    expect(await count("select count(*) n from email_outbox where template = 'booking-cancelled' and to_address like $1", `many-${guard}-%`)).toBe(N);
  });

  it(`signs up, confirms and welcomes ${N} readers at once`, async () => {
    await Promise.all(Array.from({ length: N }, (_, index) => services.newsletter.subscribe({ email: `reader-${guard}-${index}@example.com`, firstName: null, source: "/newsletter" }, "203.0.113.1")));
    const links = await database.sql<{ text: string }[]>`select text from email_outbox where template = 'newsletter-confirm' and to_address like ${`reader-${guard}-%`}`;
    const tokens = links.map((row) => row.text.match(/token=([\w-]+)/)![1]!);
    expect(tokens).toHaveLength(N);
    const outcomes = await Promise.all(tokens.map((token) => services.newsletter.confirm(token)));
    expect(outcomes).toEqual(Array(N).fill("confirmed"));
  });

  it(`fulfils ${N} paid checkouts at once, one event ${N} times, then ${N} refunds`, async () => {
    const starts = await Promise.all(Array.from({ length: N + 1 }, () => services.checkout!.startCheckout({ courseSlug: "healing-emotions", user: null })));
    expect(starts.every((start) => start.kind === "redirect")).toBe(true);
    const orders = await database.sql<{ id: string; checkout_session_id: string; course_id: string; amount: number; currency: string }[]>`
      select id::text, checkout_session_id, course_id::text, amount, currency from orders where status = 'pending' order by created_at`;
    const facts = orders.map((order, index) => ({
      sessionId: order.checkout_session_id,
      orderId: order.id,
      courseId: order.course_id,
      amount: order.amount,
      currency: order.currency,
      email: `buyer-${guard}-${index}@example.com`,
      paymentIntentId: `pi_${guard}_${index}`,
      paymentStatus: "paid" as const,
    }));
    const deliver = (event: object) => {
      const body = JSON.stringify(event);
      return services.webhook!.handle(body, signWebhookPayload(body, localWebhookSecret(SECRET)));
    };

    const paid = await Promise.all(facts.slice(0, N).map((fact) => deliver(checkoutSessionEvent("checkout.session.completed", fact, new Date()))));
    expect(paid.map((response) => response.body.outcome)).toEqual(Array(N).fill("fulfilled"));

    const once = checkoutSessionEvent("checkout.session.completed", facts[N]!, new Date());
    const copies = await Promise.all(Array.from({ length: N }, () => deliver(once)));
    expect(copies.filter((response) => response.body.outcome === "fulfilled")).toHaveLength(1);
    expect(await count("select count(*) n from email_outbox where template = 'course-receipt' and to_address = $1", facts[N]!.email)).toBe(1);

    const refunds = await Promise.all(facts.slice(0, N).map((fact) => deliver(chargeRefundedEvent({ paymentIntentId: fact.paymentIntentId, amount: fact.amount }, new Date()))));
    expect(refunds.map((response) => response.body.outcome)).toEqual(Array(N).fill("revoked"));
  });

  it(`asks for one refund ${N} times at once, and ${N} learners each for theirs: recorded once each, one email each, nobody else's`, async () => {
    const starts = await Promise.all(Array.from({ length: N }, () => services.checkout!.startCheckout({ courseSlug: "healing-emotions", user: null })));
    const made = await database.sql<{ id: string; checkout_session_id: string; course_id: string; amount: number; currency: string }[]>`
      select id::text, checkout_session_id, course_id::text, amount, currency from orders where checkout_session_id in ${database.sql(starts.map((start) => (start.kind === "redirect" ? start.sessionId : "")))}`;
    for (const [index, order] of made.entries()) {
      const body = JSON.stringify(
        checkoutSessionEvent("checkout.session.completed", { sessionId: order.checkout_session_id, orderId: order.id, courseId: order.course_id, amount: order.amount, currency: order.currency, email: `asker-${guard}-${index}@example.com`, paymentIntentId: `pi_ask_${guard}_${index}`, paymentStatus: "paid" }, new Date()),
      );
      await services.webhook!.handle(body, signWebhookPayload(body, localWebhookSecret(SECRET)));
    }
    const owners = await database.sql<{ id: string; user_id: string }[]>`select id::text, user_id::text from orders where id in ${database.sql(made.map((order) => order.id))}`;
    const [first, ...rest] = owners;
    const same = await Promise.all(Array.from({ length: N }, () => services.payments.askForRefund(first!.user_id, first!.id, "Not for me right now.")));
    expect(same.filter((result) => result.ok)).toHaveLength(1);
    expect(same.filter((result) => !result.ok).map((result) => (result.ok ? "" : result.error))).toEqual(Array(N - 1).fill("You have already asked; the coach will write to you."));
    // Someone else's order is never theirs to ask about.
    expect(await services.payments.askForRefund(rest[0]!.user_id, first!.id, "")).toEqual({ ok: false, error: "That payment is not on your account." });
    const each = await Promise.all(rest.map((order) => services.payments.askForRefund(order.user_id, order.id, "")));
    expect(each.every((result) => result.ok)).toBe(true);
    expect(await count("select count(*) n from orders where learner_refund_asked_at is not null and id = any($1::uuid[])", made.map((order) => order.id))).toBe(N);
    expect(await count("select count(*) n from email_outbox where template = 'payment-alert' and subject like 'Refund requested%'")).toBe(N);
  });

  it(`answers ${N} success pages at once while the webhook is late, granting once`, async () => {
    const start = await services.checkout!.startCheckout({ courseSlug: "healing-emotions", user: null });
    expect(start.kind).toBe("redirect");
    const [order] = await database.sql<{ id: string; checkout_session_id: string; course_id: string; amount: number; currency: string }[]>`
      select id::text, checkout_session_id, course_id::text, amount, currency from orders where status = 'pending' order by created_at desc limit 1`;
    const facts = { sessionId: order!.checkout_session_id, orderId: order!.id, courseId: order!.course_id, amount: order!.amount, currency: order!.currency, email: `late-${guard}@example.com`, paymentIntentId: `pi_late_${guard}`, paymentStatus: "paid" as const };
    paidSessions.set(facts.sessionId, checkoutSessionEvent("checkout.session.completed", facts, new Date()).data.object);
    const statuses = await Promise.all(Array.from({ length: N }, () => services.checkout!.checkoutStatus(facts.sessionId)));
    expect(statuses.map((status) => status.state)).toEqual(Array(N).fill("paid"));
    expect(await count("select count(*) n from email_outbox where template = 'course-receipt' and to_address = $1", facts.email)).toBe(1);
  });

  it(`sends ${N} reminders at once`, async () => {
    const starts = await freeStarts(N, 3 * N);
    const booked = await Promise.all(starts.map(async (start, index) => services.booking.book(await request(start, `remind-${guard}-${index}@example.com`), null)));
    const jobs = booked.map((result) => (result.ok ? { bookingId: result.booking.id, startsAt: result.booking.startsAt.toISOString() } : null)).filter((job) => job !== null);
    const sent = await Promise.all(jobs.map((job) => services.booking.sendReminder(job)));
    expect(sent.every(Boolean)).toBe(true);
  });

  it(`sends a letter while ${N} other transactions wait for the pool`, async () => {
    const saved = await services.broadcasts.save(null, { subject: `A letter ${guard}`, preheader: "", body: "Hello.", routineSlugs: ["tennis-ball-foot-release"], audienceSource: "" });
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.id : "";
    await services.broadcasts.schedule(id, null);
    const [outcome] = await Promise.all([
      services.broadcasts.run(id),
      ...Array.from({ length: N }, (_, index) => services.newsletter.subscribe({ email: `late-reader-${guard}-${index}@example.com`, firstName: null, source: "/newsletter" }, "203.0.113.2")),
    ]);
    expect(outcome).toBe("sent");
  });

  it(`tells learners about parts that opened, from ${N} instances at once: one email each`, async () => {
    const [course] = await database.sql<{ id: string }[]>`select id::text from courses limit 1`;
    const [part] = await database.sql<{ id: string }[]>`select id::text from course_modules where course_id = ${course!.id} order by position desc limit 1`;
    await database.sql`update course_modules set opens_after_days = 3 where id = ${part!.id}`;
    const learners = Array.from({ length: N }, (_, index) => `drip-${guard}-${index}@example.com`);
    for (const email of learners) {
      const [user] = await database.sql<{ id: string }[]>`insert into users (email) values (${email}) returning id::text`;
      // Access began four days ago: the part opened yesterday.
      await database.sql`insert into enrollments (user_id, course_id, source, granted_at) values (${user!.id}, ${course!.id}, 'complimentary', now() - interval '4 days')`;
    }
    const sent = await Promise.all(Array.from({ length: N }, () => services.dripNotices.notifyOpenedParts()));
    expect(sent.reduce((sum, count) => sum + count, 0)).toBe(N);
    expect(await count("select count(*) n from email_outbox where template = 'part-open' and to_address like $1", `drip-${guard}-%`)).toBe(N);
    await database.sql`update course_modules set opens_after_days = null where id = ${part!.id}`;
  });

  it(`saves ${N} testimonials and the portrait ${N} times at once: one portrait kept`, async () => {
    const png = (n: number) => ({ key: `testimonials/00000000-0000-4000-8${guard === "throw" ? "1" : "2"}00-${String(n).padStart(12, "0")}.png`, contentType: "image/png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, n]) });
    const saved = await Promise.all(
      Array.from({ length: N }, (_, index) => services.testimonials.save(null, { quote: "Kind words.", name: `Many ${guard} ${index}`, detail: null, photoAlt: "A face", removePhoto: false, places: ["home"], position: 0 }, png(index))),
    );
    expect(saved.every((result) => result?.ok)).toBe(true);

    const profile = (await services.site.profile())!;
    const portraits = await Promise.all(
      Array.from({ length: N }, (_, index) =>
        services.site.saveProfile(
          { name: profile.name, headline: profile.headline, shortBio: profile.shortBio, longBio: profile.longBio, timezone: profile.timezone, contactEmail: profile.contactEmail, portraitAlt: "Mira", removePortrait: false },
          { ...png(100 + index), key: png(100 + index).key.replace("testimonials/", "portraits/") },
        ),
      ),
    );
    expect(portraits.every((result) => result.ok)).toBe(true);
    expect(await count("select count(*) n from stored_files where key like 'portraits/%'")).toBe(1);
  });

  it(`runs ${N} payment plans at once: first payments, declines after the last retry, payments that restore access`, async () => {
    const starts = await Promise.all(Array.from({ length: N }, () => services.checkout!.startCheckout({ courseSlug: "healing-emotions", user: null, plan: "instalments" })));
    expect(starts.every((start) => start.kind === "redirect")).toBe(true);
    const orders = await database.sql<{ id: string; checkout_session_id: string; course_id: string; amount: number; currency: string }[]>`
      select id::text, checkout_session_id, course_id::text, amount, currency from orders where status = 'pending' and plan = 'instalments' order by created_at`;
    expect(orders).toHaveLength(N);
    const deliver = (event: object) => {
      const body = JSON.stringify(event);
      return services.webhook!.handle(body, signWebhookPayload(body, localWebhookSecret(SECRET)));
    };
    const invoice = (order: (typeof orders)[number], n: number, next: Date | null = null) => ({
      invoiceId: `in_${guard}_${order.id}_${n}`,
      orderId: order.id,
      courseId: order.course_id,
      amount: order.amount,
      currency: order.currency,
      subscriptionId: `sub_${guard}_${order.id}`,
      hostedUrl: `https://invoice.example/${n}`,
      nextPaymentAttempt: next,
    });
    const bought = await Promise.all(
      orders.flatMap((order, index) => [
        deliver(checkoutSessionEvent("checkout.session.completed", { sessionId: order.checkout_session_id, orderId: order.id, courseId: order.course_id, amount: order.amount, currency: order.currency, email: `plan-${guard}-${index}@example.com`, paymentIntentId: null, paymentStatus: "paid", subscriptionId: `sub_${guard}_${order.id}` }, new Date())),
        deliver(invoiceEvent("invoice.paid", invoice(order, 1), new Date())),
      ]),
    );
    expect(bought.every((response) => response.status === 200)).toBe(true);
    expect(await count("select count(*) n from enrollments e join orders o on o.id = e.order_id where o.plan = 'instalments' and o.subscription_id like $1 and e.revoked_at is null", `sub_${guard}_%`)).toBe(N);

    const declined = await Promise.all(orders.map((order) => deliver(invoiceEvent("invoice.payment_failed", invoice(order, 2), new Date()))));
    expect(declined.map((response) => response.body.outcome)).toEqual(Array(N).fill("paused"));
    const paid = await Promise.all(orders.map((order) => deliver(invoiceEvent("invoice.paid", invoice(order, 2), new Date()))));
    expect(paid.map((response) => response.body.outcome)).toEqual(Array(N).fill("restored"));
    const last = await Promise.all(orders.map((order) => deliver(invoiceEvent("invoice.paid", invoice(order, 3), new Date()))));
    expect(last.map((response) => response.body.outcome)).toEqual(Array(N).fill("plan-complete"));
    await Promise.all([services.planEnding.endFinishedPlans(), services.planEnding.endFinishedPlans()]);
    expect(await count("select count(*) n from orders where subscription_id like $1 and subscription_ended_at is not null", `sub_${guard}_%`)).toBe(N);
  });

  it(`saves one reflection from ${N} tabs at once and completes ${N} lessons at once`, async () => {
    const [user] = await database.sql<{ id: string }[]>`insert into users (email) values (${`reflect-${guard}@example.com`}) returning id::text`;
    const [course] = await database.sql<{ id: string }[]>`select id::text from courses where slug = 'healing-emotions'`;
    await database.sql`insert into enrollments (user_id, course_id, source, granted_at, safety_acknowledged_at) values (${user!.id}, ${course!.id}, 'complimentary', now(), now())`;
    const [lesson] = await database.sql<{ slug: string; prompts: { id: string }[] }[]>`select slug, reflection_prompts prompts from lessons where jsonb_array_length(reflection_prompts) > 0 limit 1`;
    const viewer = { id: user!.id, role: "member" as const };
    const saves = await Promise.all(Array.from({ length: N }, (_, index) => services.learning.saveReflection(viewer, "healing-emotions", lesson!.slug, lesson!.prompts[0]!.id, `Tab ${index}`)));
    expect(saves.every((result) => result.ok)).toBe(true);
    expect(await count("select count(*) n from reflections where user_id = $1", user!.id)).toBe(1);
    const lessons = await database.sql<{ slug: string }[]>`select slug from lessons where course_id = ${course!.id} order by position limit ${N}`;
    const done = await Promise.all(lessons.map((row) => services.learning.setComplete(viewer, "healing-emotions", row.slug, true, { [lesson!.prompts[0]!.id]: "Kept" })));
    expect(done.every((result) => result.ok)).toBe(true);
  });

  it(`saves the payment settings ${N} times at once`, async () => {
    const saved = await Promise.all(Array.from({ length: N }, (_, index) => services.orders.savePaymentSettings({ collectTax: index % 2 === 0, pricesIncludeTax: true, issueInvoices: index % 2 === 1 })));
    expect(saved.every((result) => result.ok)).toBe(true);
    expect(await count("select count(*) n from coach_profile")).toBe(1);
    await services.orders.savePaymentSettings({ collectTax: false, pricesIncludeTax: true, issueInvoices: false });
  });
});
