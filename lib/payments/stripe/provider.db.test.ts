import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coachProfile, courses, enrollments, orders, sessions, users } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { createCheckoutService } from "../checkout/service";
import { checkoutSessionObject } from "../local-provider/events";
import { createStripeClient, createStripeProvider } from "./provider";
import { startRecordingServer, type RecordedRequest } from "@/lib/platform/testing/recording-server";
import { createTestCourse, paymentDeps } from "../testing/fixtures";

const database = freshTestDatabase();
let fake: Awaited<ReturnType<typeof startRecordingServer>>;

/** Stripe's form-encoded body as flat `key[sub][0]` → value pairs. */
const formOf = (request: RecordedRequest) => Object.fromEntries(new URLSearchParams(request.body));
const pathOf = (request: RecordedRequest) => new URL(request.path, "http://stripe.test").pathname;
/** Sessions the fake has "created", so retrieve can answer like Stripe. */
const created = new Map<string, Record<string, unknown>>();
let failNextCreate = false;

beforeAll(async () => {
  fake = await startRecordingServer((request) => {
    const path = pathOf(request);
    if (request.method === "POST" && path === "/v1/checkout/sessions") {
      if (failNextCreate) {
        failNextCreate = false;
        return { status: 500, body: { error: { type: "api_error", message: "try again" } }, headers: { "stripe-should-retry": "true" } };
      }
      // Unique across the file (tests reset the request log): the order's session id is unique.
      const id = `cs_test_${created.size}`;
      const session = { id, object: "checkout.session", url: `https://checkout.stripe.test/${id}` };
      created.set(id, { ...session, form: formOf(request) });
      return { status: 200, body: session };
    }
    const retrieve = path.match(/^\/v1\/checkout\/sessions\/(cs_test_\d+)$/);
    if (request.method === "GET" && retrieve) {
      const form = created.get(retrieve[1]!)!.form as Record<string, string>;
      return {
        status: 200,
        body: checkoutSessionObject({
          sessionId: retrieve[1]!,
          orderId: form.client_reference_id!,
          courseId: form["metadata[course_id]"]!,
          amount: Number(form["line_items[0][price_data][unit_amount]"]),
          currency: form["line_items[0][price_data][currency]"]!,
          email: "guest@example.com",
          paymentIntentId: `pi_${retrieve[1]}`,
          paymentStatus: "paid",
        }),
      };
    }
    if (request.method === "GET" && path === "/v1/subscriptions/sub_plan") return { status: 200, body: { id: "sub_plan", object: "subscription", customer: "cus_plan" } };
    if (request.method === "POST" && path === "/v1/billing_portal/sessions") return { status: 200, body: { id: "bps_1", object: "billing_portal.session", url: "https://billing.stripe.test/p/session_1" } };
    if (request.method === "POST" && path === "/v1/refunds") return { status: 200, body: { id: "re_1", object: "refund", status: "succeeded" } };
    if (request.method === "DELETE" && path === "/v1/subscriptions/sub_live") return { status: 200, body: { id: "sub_live", object: "subscription", status: "canceled" } };
    if (request.method === "DELETE" && path === "/v1/subscriptions/sub_gone")
      return { status: 400, body: { error: { type: "invalid_request_error", message: "This subscription is already canceled." } } };
    return { status: 404, body: { error: { type: "invalid_request_error", message: `no route ${path}` } } };
  });
});

afterAll(async () => {
  await fake.close();
});

function service() {
  const provider = createStripeProvider(createStripeClient("sk_test_fake_0123456789", fake.url));
  return createCheckoutService({ ...paymentDeps(database().db), provider });
}

describe("Stripe Checkout through the real SDK", () => {
  it("sends one payment-mode session built from the database price, keyed by the order", async () => {
    const { db } = database();
    const { course } = await createTestCourse(db);
    const [member] = await db.insert(users).values({ email: "member@example.com" }).returning();
    fake.requests.length = 0;
    const result = await service().startCheckout({ courseSlug: course.slug, user: { id: member!.id, email: member!.email } });
    expect(result).toEqual({
      kind: "redirect",
      url: expect.stringMatching(/^https:\/\/checkout\.stripe\.test\/cs_test_\d+$/),
      sessionId: expect.stringMatching(/^cs_test_\d+$/),
      browserBinding: expect.stringMatching(/^[\w-]{43}$/),
    });
    const [order] = await db.select().from(orders).where(eq(orders.courseId, course.id));
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request!.headers["idempotency-key"]).toBe(`checkout-session-${order!.id}`);
    expect(request!.headers.authorization).toBe("Bearer sk_test_fake_0123456789");
    expect(formOf(request!)).toEqual({
      mode: "payment",
      "line_items[0][quantity]": "1",
      "line_items[0][price_data][currency]": "usd",
      "line_items[0][price_data][unit_amount]": "14900",
      "line_items[0][price_data][product_data][name]": course.title,
      client_reference_id: order!.id,
      "metadata[order_id]": order!.id,
      "metadata[course_id]": course.id,
      "payment_intent_data[metadata][order_id]": order!.id,
      "payment_intent_data[metadata][course_id]": course.id,
      customer_email: "member@example.com",
      allow_promotion_codes: "true",
      // Invoices are on for a new install (migration 0030): the guest gets a customer, the payment an invoice.
      customer_creation: "always",
      "invoice_creation[enabled]": "true",
      "invoice_creation[invoice_data][description]": course.title,
      "invoice_creation[invoice_data][metadata][order_id]": order!.id,
      "invoice_creation[invoice_data][metadata][course_id]": course.id,
      success_url: "https://coach.example/checkout/success?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: `https://coach.example/checkout/cancelled?course=${course.slug}`,
    });
    expect(order).toMatchObject({ status: "pending", amount: 14900, currency: "usd", email: "member@example.com", provider: "stripe" });
    expect(order!.checkoutSessionId).toMatch(/^cs_test_\d+$/);
  });

  it("lets Stripe collect a guest's email, and a retried request reuses the same Idempotency-Key", async () => {
    const { db } = database();
    const { course } = await createTestCourse(db);
    fake.requests.length = 0;
    failNextCreate = true;
    const result = await service().startCheckout({ courseSlug: course.slug, user: null });
    expect(result.kind).toBe("redirect");
    expect(fake.requests).toHaveLength(2);
    const [first, retry] = fake.requests;
    expect(first!.headers["idempotency-key"]).toMatch(/^checkout-session-/);
    expect(retry!.headers["idempotency-key"]).toBe(first!.headers["idempotency-key"]);
    expect(formOf(retry!)).toEqual(formOf(first!));
    expect(formOf(first!)).not.toHaveProperty("customer_email");
  });

  it("the success page asks Stripe and runs the same fulfilment when the webhook is late", async () => {
    const { db } = database();
    const { course } = await createTestCourse(db);
    const checkout = service();
    const started = await checkout.startCheckout({ courseSlug: course.slug, user: null });
    const [order] = await db.select().from(orders).where(eq(orders.courseId, course.id));
    // Another browser with the same success link sees the purchase, not whose it is.
    expect(await checkout.checkoutStatus(order!.checkoutSessionId!)).toMatchObject({ state: "paid", email: null, boundToThisBrowser: false });
    const status = await checkout.checkoutStatus(order!.checkoutSessionId!, started.kind === "redirect" ? started.browserBinding : null);
    expect(status).toMatchObject({ state: "paid", courseSlug: course.slug, email: "guest@example.com", boundToThisBrowser: true });
    expect(await db.$count(enrollments, eq(enrollments.courseId, course.id))).toBe(1);
    // Asking again changes nothing.
    await checkout.checkoutStatus(order!.checkoutSessionId!);
    expect(await db.$count(enrollments, eq(enrollments.courseId, course.id))).toBe(1);
  });

  it("signs the paying browser in once, into the account the checkout made, however many tabs try", async () => {
    const { db } = database();
    await db.delete(users).where(eq(users.email, "guest@example.com"));
    const { course } = await createTestCourse(db);
    const checkout = service();
    const started = await checkout.startCheckout({ courseSlug: course.slug, user: null });
    if (started.kind !== "redirect") throw new Error("no checkout");
    const [order] = await db.select().from(orders).where(eq(orders.courseId, course.id));
    const sessionId = order!.checkoutSessionId!;
    expect(await checkout.checkoutStatus(sessionId, started.browserBinding)).toMatchObject({ state: "paid", canEnter: true });
    expect(await checkout.checkoutStatus(sessionId, "another-browser")).toMatchObject({ state: "paid", canEnter: false });
    expect(await checkout.enterCourse(sessionId, "another-browser")).toEqual({ kind: "use-the-link" });

    const tries = await Promise.all(Array.from({ length: 12 }, () => checkout.enterCourse(sessionId, started.browserBinding)));
    const entered = tries.filter((result) => result.kind === "signed-in");
    expect(entered).toHaveLength(1);
    expect(entered[0]).toMatchObject({ coursePath: `/learn/${course.slug}` });
    const [buyer] = await db.select().from(users).where(eq(users.email, "guest@example.com"));
    expect(await db.$count(sessions, eq(sessions.userId, buyer!.id))).toBe(1);
    expect(await checkout.checkoutStatus(sessionId, started.browserBinding)).toMatchObject({ state: "paid", canEnter: false, boundToThisBrowser: false });
  });

  it("never signs the paying browser into an account that existed before the checkout", async () => {
    const { db } = database();
    const { course } = await createTestCourse(db);
    const checkout = service();
    // guest@example.com was made by an earlier checkout: its mailbox must be proved by the link.
    const started = await checkout.startCheckout({ courseSlug: course.slug, user: null });
    if (started.kind !== "redirect") throw new Error("no checkout");
    const [order] = await db.select().from(orders).where(eq(orders.courseId, course.id));
    expect(await checkout.checkoutStatus(order!.checkoutSessionId!, started.browserBinding)).toMatchObject({ state: "paid", boundToThisBrowser: true, canEnter: false });
    expect(await checkout.enterCourse(order!.checkoutSessionId!, started.browserBinding)).toEqual({ kind: "use-the-link" });
  });

  it("says so plainly and records why when Stripe cannot be reached", async () => {
    const { db } = database();
    const { course } = await createTestCourse(db);
    const provider = createStripeProvider(createStripeClient("sk_test_fake_0123456789", "http://127.0.0.1:9"));
    const result = await createCheckoutService({ ...paymentDeps(db), provider }).startCheckout({ courseSlug: course.slug, user: null });
    expect(result).toEqual({ kind: "error", message: expect.stringContaining("Nothing was charged") });
    const [order] = await db.select().from(orders).where(eq(orders.courseId, course.id));
    expect(order).toMatchObject({ status: "failed", note: expect.stringContaining("Could not open a checkout") });
  });

  it("refunds through Stripe with a key per order and payment (a plan refunds each instalment)", async () => {
    fake.requests.length = 0;
    await createStripeProvider(createStripeClient("sk_test_fake_0123456789", fake.url)).refund({ orderId: "order-1", paymentIntentId: "pi_123", amount: 14900 });
    expect(fake.requests[0]).toMatchObject({ method: "POST", path: "/v1/refunds" });
    expect(formOf(fake.requests[0]!)).toEqual({ payment_intent: "pi_123" });
    expect(fake.requests[0]!.headers["idempotency-key"]).toBe("refund-order-1-pi_123");
  });

  it("offers a payment plan as a monthly subscription whose invoices name the order", async () => {
    const { db } = database();
    const { course } = await createTestCourse(db);
    await db.update(courses).set({ instalmentCount: 3, instalmentAmount: 5500 }).where(eq(courses.id, course.id));
    fake.requests.length = 0;
    const result = await service().startCheckout({ courseSlug: course.slug, user: null, plan: "instalments" });
    expect(result).toMatchObject({ kind: "redirect" });
    const [order] = await db.select().from(orders).where(eq(orders.courseId, course.id));
    expect(order).toMatchObject({ plan: "instalments", instalmentCount: 3, amount: 5500 });
    const form = formOf(fake.requests[0]!);
    expect(form).toMatchObject({
      mode: "subscription",
      "line_items[0][price_data][unit_amount]": "5500",
      "line_items[0][price_data][recurring][interval]": "month",
      "subscription_data[metadata][order_id]": order!.id,
      client_reference_id: order!.id,
    });
    expect(Object.keys(form).some((key) => key.startsWith("payment_intent_data") || key.startsWith("invoice_creation"))).toBe(false);
  });

  it("refuses a plan for a course that offers none, and opens nothing", async () => {
    const { db } = database();
    const { course } = await createTestCourse(db);
    fake.requests.length = 0;
    expect(await service().startCheckout({ courseSlug: course.slug, user: null, plan: "instalments" })).toEqual({ kind: "error", message: expect.stringContaining("not offered in monthly payments") });
    expect(fake.requests).toHaveLength(0);
    expect(await db.$count(orders, eq(orders.courseId, course.id))).toBe(0);
  });

  it("asks Stripe Tax for the tax, the billing address and tax ids, and for an invoice, when the coach turned them on", async () => {
    const { db } = database();
    const { course } = await createTestCourse(db);
    await db
      .insert(coachProfile)
      .values({ name: "Mira", headline: "h", shortBio: "s", longBio: "l", timezone: "Europe/Berlin", contactEmail: "coach@example.com", collectTax: true, pricesIncludeTax: true, issueInvoices: true })
      .onConflictDoUpdate({ target: coachProfile.id, set: { collectTax: true, pricesIncludeTax: true, issueInvoices: true } });
    try {
      fake.requests.length = 0;
      await service().startCheckout({ courseSlug: course.slug, user: null });
      const [order] = await db.select().from(orders).where(eq(orders.courseId, course.id));
      expect(formOf(fake.requests[0]!)).toMatchObject({
        mode: "payment",
        "automatic_tax[enabled]": "true",
        billing_address_collection: "required",
        "tax_id_collection[enabled]": "true",
        customer_creation: "always",
        "line_items[0][price_data][tax_behavior]": "inclusive",
        "invoice_creation[enabled]": "true",
        "invoice_creation[invoice_data][metadata][order_id]": order!.id,
      });
    } finally {
      await db.update(coachProfile).set({ collectTax: false, issueInvoices: false });
    }
  });

  it("ends a plan's subscription, and treats one Stripe already cancelled as ended", async () => {
    const provider = createStripeProvider(createStripeClient("sk_test_fake_0123456789", fake.url));
    fake.requests.length = 0;
    await provider.cancelSubscription({ orderId: "order-1", subscriptionId: "sub_live" });
    expect(fake.requests[0]).toMatchObject({ method: "DELETE", path: "/v1/subscriptions/sub_live" });
    await expect(provider.cancelSubscription({ orderId: "order-1", subscriptionId: "sub_gone" })).resolves.toBeUndefined();
  });

  it("opens Stripe's customer portal for a plan's own customer, coming back to the account", async () => {
    const provider = createStripeProvider(createStripeClient("sk_test_fake_0123456789", fake.url));
    fake.requests.length = 0;
    const url = await provider.customerPortalUrl({ orderId: "o1", subscriptionId: "sub_plan", returnUrl: "https://coach.example/account#payments" });
    expect(url).toBe("https://billing.stripe.test/p/session_1");
    const portal = fake.requests.find((request) => pathOf(request) === "/v1/billing_portal/sessions")!;
    expect(formOf(portal)).toEqual({ customer: "cus_plan", return_url: "https://coach.example/account#payments" });
  });
});
