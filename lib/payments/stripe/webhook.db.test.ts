import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emailOutbox, enrollments, users, verificationTokens } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { chargeRefundedEvent, checkoutSessionEvent, disputeEvent } from "../local-provider/events";
import { signWebhookPayload } from "./signature";
import { clearMoneyHistory, countRows, createPendingOrder, createTestCourse, orderStatus, paymentDeps, sessionFacts, TEST_WEBHOOK_SECRET } from "../testing/fixtures";
import { createWebhookService, type WebhookService } from "./webhook-service";

const database = freshTestDatabase();
let service: WebhookService;
let courseId: string;

beforeAll(async () => {
  service = createWebhookService({ ...paymentDeps(database().db), webhookSecret: TEST_WEBHOOK_SECRET });
  courseId = (await createTestCourse(database().db)).course.id;
});

beforeEach(async () => {
  await clearMoneyHistory(database().db);
});

function signed(event: object, timestamp?: number) {
  const body = JSON.stringify(event);
  return { body, signature: signWebhookPayload(body, TEST_WEBHOOK_SECRET, timestamp) };
}

async function deliver(event: object) {
  const { body, signature } = signed(event);
  return service.handle(body, signature);
}

async function activeEnrollments() {
  const { db } = database();
  return db.select().from(enrollments).innerJoin(users, eq(users.id, enrollments.userId));
}

describe("signature checks write nothing", () => {
  it.each([
    ["one changed byte", (body: string, signature: string) => ({ body: body.replace("14900", "14901"), signature })],
    ["a wrong secret", (body: string) => ({ body, signature: signWebhookPayload(body, "whsec_someone_else") })],
    ["a 301-second-old timestamp", (body: string) => ({ body, signature: signWebhookPayload(body, TEST_WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 301) })],
    ["no header", (body: string) => ({ body, signature: null })],
    ["a body parsed and re-serialised", (body: string, signature: string) => ({ body: JSON.stringify(JSON.parse(body), null, 2), signature })],
  ])("%s → 400", async (_name, tamper) => {
    const { db } = database();
    const order = await createPendingOrder(db, courseId);
    const { body, signature } = signed(checkoutSessionEvent("checkout.session.completed", sessionFacts(order), new Date()));
    const attempt = tamper(body, signature);
    const response = await service.handle(attempt.body, attempt.signature);
    expect(response.status).toBe(400);
    expect(await countRows(db)).toEqual({ enrollments: 0, outbox: [], events: 0 });
    expect((await orderStatus(db, order.id)).status).toBe("pending");
  });

  it("accepts the untouched event (the matrix above is not failing for another reason)", async () => {
    const order = await createPendingOrder(database().db, courseId);
    const response = await deliver(checkoutSessionEvent("checkout.session.completed", sessionFacts(order), new Date()));
    expect(response).toEqual({ status: 200, body: { received: true, outcome: "fulfilled" } });
  });
});

describe("fulfilment", () => {
  it("grants once when the same signed event arrives 20 times at once", async () => {
    const { db } = database();
    const order = await createPendingOrder(db, courseId);
    const { body, signature } = signed(checkoutSessionEvent("checkout.session.completed", sessionFacts(order), new Date()));
    const responses = await Promise.all(Array.from({ length: 20 }, () => service.handle(body, signature)));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(responses.filter((response) => response.body.outcome === "fulfilled")).toHaveLength(1);
    const rows = await countRows(db);
    expect(rows.enrollments).toBe(1);
    expect(rows.outbox.filter((message) => message.template === "course-receipt")).toEqual([{ template: "course-receipt", to: "buyer@example.com" }]);
    expect(rows.events).toBe(1);
    expect((await orderStatus(db, order.id)).status).toBe("paid");
  });

  it("grants once for two different events about one session, even at the same time", async () => {
    const { db } = database();
    const order = await createPendingOrder(db, courseId);
    const facts = sessionFacts(order);
    const responses = await Promise.all([
      deliver(checkoutSessionEvent("checkout.session.completed", facts, new Date())),
      deliver(checkoutSessionEvent("checkout.session.async_payment_succeeded", facts, new Date())),
    ]);
    expect(responses.map((response) => response.body.outcome).sort()).toEqual(["already-settled", "fulfilled"]);
    const rows = await countRows(db);
    expect(rows.enrollments).toBe(1);
    expect(rows.outbox.filter((message) => message.template === "course-receipt")).toHaveLength(1);
  });

  it("waits for async_payment_succeeded when the session completes unpaid", async () => {
    const { db } = database();
    const order = await createPendingOrder(db, courseId);
    expect((await deliver(checkoutSessionEvent("checkout.session.completed", sessionFacts(order, { paymentStatus: "unpaid" }), new Date()))).body.outcome).toBe("awaiting-payment");
    expect((await countRows(db)).enrollments).toBe(0);
    expect((await orderStatus(db, order.id)).status).toBe("pending");
    expect((await deliver(checkoutSessionEvent("checkout.session.async_payment_succeeded", sessionFacts(order), new Date()))).body.outcome).toBe("fulfilled");
    expect((await countRows(db)).enrollments).toBe(1);
  });

  it("marks the order failed on async_payment_failed and grants nothing", async () => {
    const { db } = database();
    const order = await createPendingOrder(db, courseId);
    await deliver(checkoutSessionEvent("checkout.session.completed", sessionFacts(order, { paymentStatus: "unpaid" }), new Date()));
    await deliver(checkoutSessionEvent("checkout.session.async_payment_failed", sessionFacts(order, { paymentStatus: "unpaid" }), new Date()));
    expect((await orderStatus(db, order.id)).status).toBe("failed");
    expect((await countRows(db)).enrollments).toBe(0);
  });

  it("grants nothing when the amount does not match, and tells the coach", async () => {
    const { db } = database();
    const order = await createPendingOrder(db, courseId);
    const response = await deliver(checkoutSessionEvent("checkout.session.completed", sessionFacts(order, { amount: 100 }), new Date()));
    expect(response.body.outcome).toBe("mismatch");
    const rows = await countRows(db);
    expect(rows.enrollments).toBe(0);
    expect(rows.outbox).toEqual([{ template: "payment-alert", to: "coach@example.com" }]);
    expect(await orderStatus(db, order.id)).toMatchObject({ status: "mismatch", note: expect.stringContaining("price was 100 instead of 14900") });
  });

  it("grants nothing when the currency or the course does not match", async () => {
    const { db } = database();
    const wrongCurrency = await createPendingOrder(db, courseId);
    expect((await deliver(checkoutSessionEvent("checkout.session.completed", sessionFacts(wrongCurrency, { currency: "eur" }), new Date()))).body.outcome).toBe("mismatch");
    const wrongCourse = await createPendingOrder(db, courseId);
    expect((await deliver(checkoutSessionEvent("checkout.session.completed", sessionFacts(wrongCourse, { courseId: "00000000-0000-4000-8000-000000000000" }), new Date()))).body.outcome).toBe("mismatch");
    expect((await countRows(db)).enrollments).toBe(0);
  });

  it("ignores events about other products and event types it does not handle", async () => {
    const { db } = database();
    const foreign = checkoutSessionEvent("checkout.session.completed", sessionFacts({ id: "not-an-order", courseId, checkoutSessionId: "cs_other" }), new Date());
    expect((await deliver(foreign)).body).toEqual({ received: true, outcome: "not-ours" });
    const other = { id: "evt_other_1", object: "event", type: "customer.created", data: { object: { id: "cus_1", object: "customer" } } };
    expect((await deliver(other)).body).toEqual({ received: true, outcome: "ignored: event type not handled" });
    expect((await countRows(db)).enrollments).toBe(0);
  });

  it("creates the account for a guest and the receipt carries a one-time sign-in link", async () => {
    const { db } = database();
    const order = await createPendingOrder(db, courseId);
    await deliver(checkoutSessionEvent("checkout.session.completed", sessionFacts(order, { email: "Guest@Example.com" }), new Date()));
    const [user] = await db.select().from(users).where(eq(users.email, "guest@example.com"));
    expect(user).toBeDefined();
    const [receipt] = await db.select().from(emailOutbox).where(eq(emailOutbox.template, "course-receipt"));
    expect(receipt!.text).toContain("https://coach.example/api/auth/callback/email?");
    expect(receipt!.headers).toEqual({});
    expect(await db.$count(verificationTokens)).toBe(1);
  });
});

describe("refunds and disputes", () => {
  async function paidOrder() {
    const { db } = database();
    const order = await createPendingOrder(db, courseId);
    const facts = sessionFacts(order);
    await deliver(checkoutSessionEvent("checkout.session.completed", facts, new Date()));
    return { order, facts };
  }

  it("a full refund revokes access and tells the coach; a partial one changes nothing", async () => {
    const { db } = database();
    const { order, facts } = await paidOrder();
    expect((await deliver(chargeRefundedEvent({ paymentIntentId: facts.paymentIntentId, amount: 14900, amountRefunded: 5000 }, new Date()))).body.outcome).toBe("ignored: partial refund");
    expect((await activeEnrollments())[0]!.enrollments.revokedAt).toBeNull();
    expect((await deliver(chargeRefundedEvent({ paymentIntentId: facts.paymentIntentId, amount: 14900 }, new Date()))).body.outcome).toBe("revoked");
    expect((await activeEnrollments())[0]!.enrollments.revokedAt).not.toBeNull();
    expect((await orderStatus(db, order.id)).status).toBe("refunded");
    expect((await countRows(db)).outbox.filter((message) => message.template === "payment-alert")).toHaveLength(1);
  });

  it("a refund that arrives before the checkout leaves no access", async () => {
    const { db } = database();
    const order = await createPendingOrder(db, courseId);
    const facts = sessionFacts(order);
    expect((await deliver(chargeRefundedEvent({ paymentIntentId: facts.paymentIntentId, amount: 14900 }, new Date()))).body.outcome).toBe("recorded-before-order");
    expect((await deliver(checkoutSessionEvent("checkout.session.completed", facts, new Date()))).body.outcome).toBe("reversed-before-fulfilment");
    expect((await countRows(db)).enrollments).toBe(0);
    expect((await orderStatus(db, order.id)).status).toBe("refunded");
  });

  it("a dispute pauses access and a won dispute restores it, in either order of arrival", async () => {
    const { db } = database();
    const { order, facts } = await paidOrder();
    expect((await deliver(disputeEvent("charge.dispute.created", { paymentIntentId: facts.paymentIntentId, status: "needs_response" }, new Date()))).body.outcome).toBe("revoked");
    expect((await activeEnrollments())[0]!.enrollments.revokedAt).not.toBeNull();
    expect((await deliver(disputeEvent("charge.dispute.closed", { paymentIntentId: facts.paymentIntentId, status: "won" }, new Date()))).body.outcome).toBe("restored");
    expect((await activeEnrollments())[0]!.enrollments.revokedAt).toBeNull();
    expect((await orderStatus(db, order.id)).status).toBe("paid");
  });

  it("a lost dispute keeps access removed", async () => {
    const { facts } = await paidOrder();
    await deliver(disputeEvent("charge.dispute.created", { paymentIntentId: facts.paymentIntentId, status: "needs_response" }, new Date()));
    expect((await deliver(disputeEvent("charge.dispute.closed", { paymentIntentId: facts.paymentIntentId, status: "lost" }, new Date()))).body.outcome).toBe("ignored: dispute closed as lost");
    expect((await activeEnrollments())[0]!.enrollments.revokedAt).not.toBeNull();
  });
});
