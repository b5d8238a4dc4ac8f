import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, enrollments, orders, sessions, users, verificationTokens } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { checkoutSessionEvent } from "@/lib/payments/local-provider/events";
import { createPlanEndingService } from "@/lib/payments/plans/ending-service";
import type { PaymentProvider } from "@/lib/payments/provider";
import { signWebhookPayload } from "@/lib/payments/stripe/signature";
import { createPendingOrder, createPendingPlanOrder, createTestCourse, paymentDeps, sessionFacts, TEST_WEBHOOK_SECRET } from "@/lib/payments/testing/fixtures";
import { createWebhookService, type WebhookService } from "@/lib/payments/stripe/webhook-service";
import { erasePerson } from "./erasure";

/**
 * Issue 27, attack 5: erasure confirmed at the moment a checkout for the same address completes.
 * Erasure and fulfilment take the same per-address lock, so one runs wholly before the other:
 * - erasure first: the payment is refunded, nothing is granted, nobody is told, no account;
 * - fulfilment first: the purchase stood when the erasure ran, which then treats it like any
 *   earlier purchase (kept for the accounts under a placeholder, its plan stopped).
 * Either way nothing that names the person, no sign-in link and no unsent mail is left behind.
 */
const database = freshTestDatabase();
let webhook: WebhookService;
let courseId: string;

beforeAll(async () => {
  webhook = createWebhookService({ ...paymentDeps(database().db), webhookSecret: TEST_WEBHOOK_SECRET });
  courseId = (await createTestCourse(database().db)).course.id;
});

async function deliver(event: object) {
  const body = JSON.stringify(event);
  return webhook.handle(body, signWebhookPayload(body, TEST_WEBHOOK_SECRET));
}

describe("erasure racing a payment for the same address", () => {
  it("30 times: the person is always fully erased, and the order is either refunded untouched or a purchase that stood, never paid with their address", async () => {
    const { db } = database();
    const outcomes: string[] = [];
    for (let round = 0; round < 30; round += 1) {
      const email = `racer-${round}@example.com`;
      // An account from an earlier visit, and a second checkout (every other one a payment plan) open for it.
      await db.insert(users).values({ email, emailVerified: new Date() });
      const plan = round % 2 === 1;
      const order = plan ? await createPendingPlanOrder(db, courseId) : await createPendingOrder(db, courseId);
      const facts = sessionFacts(order, { email, ...(plan ? { amount: 5500, subscriptionId: `sub_race_${round}` } : {}) });
      const erase = () => db.transaction((tx) => erasePerson(tx, { email, by: "person", now: new Date() }));
      const pay = () => deliver(checkoutSessionEvent("checkout.session.completed", facts, new Date()));
      // Who starts first changes every round, so both orders of the race are walked.
      const paid = round % 3 === 0 ? (await Promise.all([pay(), erase()]))[0] : (await Promise.all([erase(), pay()]))[1];
      outcomes.push(String(paid.body.outcome));

      const [row] = await db.select().from(orders).where(eq(orders.id, order.id));
      expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
      expect(await db.select().from(verificationTokens).where(eq(verificationTokens.identifier, email))).toEqual([]);
      expect(await db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, email)))).toEqual([]);
      expect(await db.select().from(enrollments).where(eq(enrollments.orderId, order.id))).toEqual([]);
      expect(row!.email).toMatch(/^erased-.*@erased\.invalid$/);
      expect(row!.userId).toBeNull();
      if (plan) expect(row!.subscriptionEndRequestedAt).not.toBeNull();
      if (paid.body.outcome === "erased-before-fulfilment") {
        expect(row!).toMatchObject({ status: "refunded", refundSentAt: null });
        expect(row!.refundRequestedAt).not.toBeNull();
      } else {
        expect(paid.body.outcome).toBe("fulfilled");
        expect(row!.status).toBe("paid");
      }
    }
    expect(await db.select().from(sessions)).toEqual([]);
    expect(await db.select().from(emailOutbox).where(like(emailOutbox.toAddress, "racer-%"))).toEqual([]);
    // Every outcome is one of the two orders (the lock decides); how often each came is printed.
    expect(outcomes.every((outcome) => outcome === "erased-before-fulfilment" || outcome === "fulfilled")).toBe(true);
    console.warn(`erasure first ${outcomes.filter((outcome) => outcome === "erased-before-fulfilment").length} times, payment first ${outcomes.filter((outcome) => outcome === "fulfilled").length} times`);
  });

  it("a payment that completes after its buyer was erased is refunded by the sweep, once, and grants nothing", async () => {
    const { db } = database();
    const email = "gone@example.com";
    const order = await createPendingOrder(db, courseId);
    await db.transaction((tx) => erasePerson(tx, { email, by: "coach", now: new Date() }));
    const paid = await deliver(checkoutSessionEvent("checkout.session.completed", sessionFacts(order, { email }), new Date()));
    expect(paid.body.outcome).toBe("erased-before-fulfilment");
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
    expect(await db.select().from(emailOutbox)).toEqual(expect.not.arrayContaining([expect.objectContaining({ toAddress: email })]));

    const refunds: string[] = [];
    const provider = {
      name: "local",
      refund: async ({ paymentIntentId }: { paymentIntentId: string }) => void refunds.push(paymentIntentId),
      cancelSubscription: async () => {},
    } as unknown as PaymentProvider;
    const sweep = createPlanEndingService({ db, provider });
    // The racing rounds above left their own refunds to send too: every one goes out once.
    expect(await sweep.sendRequestedRefunds()).toBeGreaterThanOrEqual(1);
    expect(await sweep.sendRequestedRefunds()).toBe(0);
    expect(refunds.filter((id) => id === `pi_for_${order.id}`)).toHaveLength(1);
    const [row] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(row!.refundSentAt).not.toBeNull();
  });

  it("someone erased long ago may buy again: an order begun after the erasure stands", async () => {
    const { db } = database();
    const email = "back-again@example.com";
    await db.transaction((tx) => erasePerson(tx, { email, by: "person", now: new Date(Date.now() - 60_000) }));
    const order = await createPendingOrder(db, courseId);
    expect((await deliver(checkoutSessionEvent("checkout.session.completed", sessionFacts(order, { email }), new Date()))).body.outcome).toBe("fulfilled");
  });
});
