import { eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { courseModules, courses, emailOutbox, enrollments, instalmentPayments, invoicePaymentIntents, lessonProgress, lessons, orders, paymentEvents, paymentReversals, users, verificationTokens } from "@/db/schema";
import { createEmailService } from "@/lib/email/service";
import { localTransport } from "@/lib/email/transport";
import type { PaymentDeps } from "../context";
import { localId, type LocalSessionFacts } from "../local-provider/events";

export const TEST_AUTH_SECRET = "test-auth-secret-test-auth-secret-0123";
export const TEST_WEBHOOK_SECRET = "whsec_test_0123456789abcdef";

/** Payment dependencies over a real database and the real email service (jobs are recorded, not run). */
export function paymentDeps(db: Database, now: () => Date = () => new Date()): PaymentDeps {
  return {
    db,
    email: createEmailService({
      db,
      boss: { send: async () => null },
      transport: localTransport,
      from: { transactional: "hello@example.com", newsletter: "letters@example.com" },
    }),
    appUrl: "https://coach.example",
    authSecret: TEST_AUTH_SECRET,
    coach: async () => ({ name: "Mira Holloway", email: "coach@example.com" }),
    now,
  };
}

export async function createTestCourse(db: Database, slug = `course-${Math.random().toString(36).slice(2, 8)}`) {
  const [course] = await db
    .insert(courses)
    .values({ slug, title: `Course ${slug}`, priceAmount: 14900, currency: "usd", status: "published" })
    .returning();
  const [module] = await db.insert(courseModules).values({ courseId: course!.id, position: 0, title: "Module one" }).returning();
  const lessonRows = await db
    .insert(lessons)
    .values([
      { courseId: course!.id, moduleId: module!.id, position: 0, slug: "preview", title: "Open preview", body: "Preview body", durationSeconds: 300, isPreview: true },
      { courseId: course!.id, moduleId: module!.id, position: 1, slug: "paid-one", title: "Paid lesson one", body: "SECRET-LESSON-BODY one", durationSeconds: 600 },
      { courseId: course!.id, moduleId: module!.id, position: 2, slug: "paid-two", title: "Paid lesson two", body: "SECRET-LESSON-BODY two", durationSeconds: 600 },
    ])
    .returning();
  return { course: course!, module: module!, lessons: lessonRows };
}

/** A pending order with its (local) checkout session, as startCheckout leaves it. */
export async function createPendingOrder(db: Database, courseId: string, email: string | null = null) {
  const [order] = await db
    .insert(orders)
    .values({ courseId, amount: 14900, currency: "usd", email, provider: "local", checkoutSessionId: localId("cs") })
    .returning();
  return order!;
}

export function sessionFacts(order: { id: string; courseId: string; checkoutSessionId: string | null }, overrides: Partial<Omit<LocalSessionFacts, "paymentIntentId">> = {}): LocalSessionFacts & { paymentIntentId: string } {
  return {
    sessionId: order.checkoutSessionId!,
    orderId: order.id,
    courseId: order.courseId,
    amount: 14900,
    currency: "usd",
    email: "buyer@example.com",
    paymentIntentId: `pi_for_${order.id}`,
    paymentStatus: "paid",
    ...overrides,
  };
}

export async function countRows(db: Database) {
  const [enrollmentCount, outbox, events] = await Promise.all([
    db.$count(enrollments),
    db.select({ template: emailOutbox.template, to: emailOutbox.toAddress }).from(emailOutbox),
    db.$count(paymentEvents),
  ]);
  return { enrollments: enrollmentCount, outbox, events };
}

export async function orderStatus(db: Database, orderId: string) {
  const [row] = await db.select({ status: orders.status, note: orders.note }).from(orders).where(eq(orders.id, orderId));
  return row!;
}

/** A pending order for a three-payment plan of $55, as startCheckout leaves it. */
export async function createPendingPlanOrder(db: Database, courseId: string) {
  const [order] = await db
    .insert(orders)
    .values({ courseId, amount: 5500, currency: "usd", plan: "instalments", instalmentCount: 3, provider: "local", checkoutSessionId: localId("cs") })
    .returning();
  return order!;
}

/**
 * Each payments case starts from no money history; the course stays. One list for every payments
 * test file, children before parents (two copies of it had drifted: one left plan payments behind).
 */
export async function clearMoneyHistory(db: Database) {
  await db.delete(lessonProgress);
  await db.delete(enrollments);
  await db.delete(instalmentPayments);
  await db.delete(invoicePaymentIntents);
  await db.delete(orders);
  await db.delete(paymentEvents);
  await db.delete(paymentReversals);
  await db.delete(emailOutbox);
  await db.delete(verificationTokens);
  await db.delete(users);
}
