import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { timestamps } from "./columns";
import { courseModules, courses, lessons } from "./courses";

/**
 * Money and access. An order is one attempt to buy a course; an enrollment is the access itself.
 * Access is never inferred from an order: fulfilment writes the enrollment, a refund or dispute
 * revokes it, and the learning area only ever asks the enrollment.
 */

export const orderStatus = pgEnum("order_status", [
  "pending",
  "paid",
  "failed",
  "expired",
  "mismatch",
  "refunded",
  "disputed",
  /** A payment plan whose instalment stayed unpaid after the provider's last retry: access paused until it is paid. */
  "unpaid",
]);

export const orderPlan = pgEnum("order_plan", ["full", "instalments"]);

export const paymentProviderName = pgEnum("payment_provider", ["stripe", "local"]);

export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "restrict" }),
    status: orderStatus("status").notNull().default("pending"),
    /** The course's price when the order was made (minor units), what the session must match. */
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    /** What was actually charged, after any promotion code. */
    amountPaid: integer("amount_paid"),
    /** Known at checkout for signed-in buyers; from the provider for guests. */
    email: text("email"),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    provider: paymentProviderName("provider").notNull(),
    checkoutSessionId: text("checkout_session_id"),
    paymentIntentId: text("payment_intent_id"),
    /** Why the order needs the coach's eye (mismatch, refund, dispute), in plain words. */
    note: text("note"),
    paidAt: timestamp("paid_at", { withTimezone: true, mode: "date" }),
    refundedAt: timestamp("refunded_at", { withTimezone: true, mode: "date" }),
    /**
     * SHA-256 of a secret kept in an httpOnly cookie of the browser that started the checkout:
     * only that browser is shown the buyer's email on the way back, and signed in as the buyer,
     * once, within an hour. Any other browser (a copied success link) gets neither.
     */
    browserBindingHash: text("browser_binding_hash"),
    browserBindingUsedAt: timestamp("browser_binding_used_at", { withTimezone: true, mode: "date" }),
    /** Paid at once, or in monthly instalments (then `amount` is one instalment). */
    plan: orderPlan("plan").notNull().default("full"),
    instalmentCount: integer("instalment_count"),
    /** The provider's subscription that collects the instalments. */
    subscriptionId: text("subscription_id"),
    /** Set when the subscription must stop (every instalment paid, or a refund); cleared by nothing. */
    subscriptionEndRequestedAt: timestamp("subscription_end_requested_at", { withTimezone: true, mode: "date" }),
    subscriptionEndedAt: timestamp("subscription_ended_at", { withTimezone: true, mode: "date" }),
    /** An instalment the provider could not collect: the page where the learner can pay it. */
    openInvoiceId: text("open_invoice_id"),
    openInvoiceUrl: text("open_invoice_url"),
    /** What that invoice asks for, tax included. */
    openInvoiceAmount: integer("open_invoice_amount"),
    /** What each month of a plan costs, tax included (the first payment's total). */
    instalmentCharge: integer("instalment_charge"),
    /** Tax Stripe added or found inside the price, with what the buyer gave for it. */
    amountTax: integer("amount_tax"),
    billingCountry: text("billing_country"),
    taxIds: text("tax_ids"),
    /** The invoice of a one-time payment, when the coach issues them. */
    invoiceId: text("invoice_id"),
    invoiceUrl: text("invoice_url"),
    invoicePdfUrl: text("invoice_pdf_url"),
    /**
     * Money to give back without anyone asking in the back office: a payment that completed for an
     * address erased while its checkout was open. The refund sweep sends it and sets refundSentAt.
     */
    refundRequestedAt: timestamp("refund_requested_at", { withTimezone: true, mode: "date" }),
    refundSentAt: timestamp("refund_sent_at", { withTimezone: true, mode: "date" }),
    /** The learner asked for their money back from their account (lib/payments/reversals/refund-window.ts), with their reason; the coach decides. */
    learnerRefundAskedAt: timestamp("learner_refund_asked_at", { withTimezone: true, mode: "date" }),
    learnerRefundReason: text("learner_refund_reason"),
    learnerRefundDeclinedAt: timestamp("learner_refund_declined_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("orders_subscription_unique").on(table.subscriptionId),
    uniqueIndex("orders_invoice_unique").on(table.invoiceId),
    check("orders_learner_refund_reason_length", sql`${table.learnerRefundReason} IS NULL OR length(${table.learnerRefundReason}) <= 1000`),
    check("orders_plan_shape", sql`(${table.plan} = 'full') = (${table.instalmentCount} IS NULL)`),
    uniqueIndex("orders_checkout_session_unique").on(table.checkoutSessionId),
    uniqueIndex("orders_payment_intent_unique").on(table.paymentIntentId),
    index("orders_status_idx").on(table.status, table.createdAt),
    // The back office's list, newest first, paged by keyset.
    index("orders_created_idx").on(table.createdAt, table.id),
    index("orders_email_idx").on(table.email),
    index("orders_user_idx").on(table.userId),
    check("orders_amount_positive", sql`${table.amount} > 0`),
    check("orders_currency_shape", sql`${table.currency} ~ '^[a-z]{3}$'`),
    check("orders_email_lowercase", sql`${table.email} IS NULL OR ${table.email} = lower(${table.email})`),
  ],
);

export const enrollmentSource = pgEnum("enrollment_source", ["purchase", "complimentary"]);

export const enrollments = pgTable(
  "enrollments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    source: enrollmentSource("source").notNull(),
    orderId: uuid("order_id").references(() => orders.id, { onDelete: "set null" }),
    grantedAt: timestamp("granted_at", { withTimezone: true, mode: "date" }).notNull(),
    /** Set while access is withdrawn (refund, dispute, the coach); cleared when restored. */
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
    revokedReason: text("revoked_reason"),
    /** The one-time safety acknowledgement before the first full lesson. */
    safetyAcknowledgedAt: timestamp("safety_acknowledged_at", { withTimezone: true, mode: "date" }),
    lastLessonId: uuid("last_lesson_id").references(() => lessons.id, { onDelete: "set null" }),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (table) => [uniqueIndex("enrollments_user_course_unique").on(table.userId, table.courseId)],
);

export const lessonProgress = pgTable(
  "lesson_progress",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    completedAt: timestamp("completed_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ name: "lesson_progress_pk", columns: [table.userId, table.lessonId] })],
);

/** Every provider event id we have handled: a repeat delivery is acknowledged and does nothing. */
export const paymentEvents = pgTable("payment_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  outcome: text("outcome").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

export const reversalKind = pgEnum("reversal_kind", ["refunded", "disputed", "dispute_won"]);

/**
 * Refunds and disputes by payment intent. Events arrive in any order: a refund can be seen before
 * the checkout it undoes, so it is remembered here and fulfilment consults it.
 */
export const paymentReversals = pgTable(
  "payment_reversals",
  {
    paymentIntentId: text("payment_intent_id").notNull(),
    kind: reversalKind("kind").notNull(),
    eventId: text("event_id").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ name: "payment_reversals_pk", columns: [table.paymentIntentId, table.kind] })],
);

export type Order = typeof orders.$inferSelect;
export type OrderStatus = (typeof orderStatus.enumValues)[number];
export type Enrollment = typeof enrollments.$inferSelect;

/** One "a new part is open" email per learner and part, ever: the drip job's record of what it sent. */
export const moduleOpenNotices = pgTable(
  "module_open_notices",
  {
    enrollmentId: uuid("enrollment_id")
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    moduleId: uuid("module_id")
      .notNull()
      .references(() => courseModules.id, { onDelete: "cascade" }),
    notifiedAt: timestamp("notified_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.enrollmentId, table.moduleId] })],
);

/**
 * A certificate of completion, issued once per enrolment when every lesson is complete. Its id is
 * the public verification address (/certificates/[id]); the name and title are kept as issued, so
 * a later rename of the course or the account does not change a certificate already handed out.
 */
export const certificates = pgTable(
  "certificates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enrollmentId: uuid("enrollment_id")
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    learnerName: text("learner_name").notNull(),
    courseTitle: text("course_title").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** First downloaded, or its public page first opened by someone else: from then on the name is final. */
    sharedAt: timestamp("shared_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [
    uniqueIndex("certificates_enrollment_unique").on(table.enrollmentId),
    check("certificates_name_present", sql`length(trim(${table.learnerName})) BETWEEN 1 AND 120`),
  ],
);

/**
 * Each instalment a plan has collected, by the provider's invoice: counting them says when the
 * plan is complete, and a repeated event cannot count one twice.
 */
export const instalmentPayments = pgTable(
  "instalment_payments",
  {
    invoiceId: text("invoice_id").primaryKey(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    amount: integer("amount").notNull(),
    invoiceUrl: text("invoice_url"),
    paidAt: timestamp("paid_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [index("instalment_payments_order_idx").on(table.orderId)],
);

/**
 * Which payment paid which invoice (Stripe's invoice_payment.paid): a refund or dispute names the
 * payment, and this is how it finds its instalment order. Kept apart because it can arrive first.
 */
export const invoicePaymentIntents = pgTable("invoice_payment_intents", {
  paymentIntentId: text("payment_intent_id").primaryKey(),
  invoiceId: text("invoice_id").notNull(),
});

/**
 * A learner's private answers to a lesson's reflection prompts. Only the learner reads them (on
 * the lesson, on their account, in their own data export); no page or export of the coach does.
 */
export const reflections = pgTable(
  "reflections",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    promptId: text("prompt_id").notNull(),
    /** The question as it read when answered, so the answer still makes sense after the coach edits it. */
    prompt: text("prompt").notNull(),
    answer: text("answer").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.lessonId, table.promptId] }),
    check("reflections_answer_length", sql`length(${table.answer}) <= 10000`),
  ],
);
