import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { broadcasts } from "./broadcasts";
import { timestamps } from "./columns";

export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** Base64. */
  content: string;
}

/** `skipped`: never handed to the provider on purpose (a reader who left before their copy went out). */
export const emailStatus = pgEnum("email_status", ["queued", "sending", "sent", "failed", "skipped"]);
export const emailKind = pgEnum("email_kind", ["transactional", "newsletter"]);

/**
 * Every email the app sends, stored before it is sent. The row is the source of truth; the
 * pg-boss job that delivers it is only a nudge, so a lost job can be re-enqueued from here.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: emailKind("kind").notNull(),
    template: text("template").notNull(),
    toAddress: text("to_address").notNull(),
    fromAddress: text("from_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    attachments: jsonb("attachments").$type<EmailAttachment[]>().notNull().default([]),
    status: emailStatus("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    /** What the provider last reported about this message: delivered, delayed, bounced or complained. */
    deliveryStatus: text("delivery_status"),
    deliveryUpdatedAt: timestamp("delivery_updated_at", { withTimezone: true, mode: "date" }),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
    /**
     * Set for newsletter broadcasts, which are delivered in batches rather than one job per row.
     * Their html and text stay empty: the letter is stored once on the broadcast, and each copy is
     * composed from it with the reader's own links when its batch goes out.
     */
    broadcastId: uuid("broadcast_id").references(() => broadcasts.id, { onDelete: "restrict" }),
    batchNo: integer("batch_no"),
    ...timestamps,
  },
  (table) => [
    index("email_outbox_status_created_idx").on(table.status, table.createdAt),
    index("email_outbox_created_idx").on(table.createdAt, table.id),
    // A person's timeline and erasure find their mail by address.
    index("email_outbox_to_address_idx").on(table.toAddress, table.createdAt),
    // Delivery events name the provider's id.
    index("email_outbox_provider_message_idx").on(table.providerMessageId),
    // One message per person per broadcast, whatever happens to the sender.
    uniqueIndex("email_outbox_broadcast_recipient_unique").on(table.broadcastId, table.toAddress),
    index("email_outbox_broadcast_batch_idx").on(table.broadcastId, table.batchNo),
    // The sender's "next unfinished batch": without it each batch scans past every sent copy (quadratic in the list).
    index("email_outbox_broadcast_unsent_idx").on(table.broadcastId, table.batchNo).where(sql`${table.status} in ('queued', 'sending')`),
    check("email_outbox_broadcast_batch", sql`(${table.broadcastId} IS NULL) = (${table.batchNo} IS NULL)`),
    check("email_outbox_sent_has_time", sql`${table.status} <> 'sent' OR ${table.sentAt} IS NOT NULL`),
  ],
);

export type OutboxMessage = typeof emailOutbox.$inferSelect;
export type EmailStatus = (typeof emailStatus.enumValues)[number];

export const suppressionReason = pgEnum("email_suppression_reason", ["hard-bounce", "complaint", "soft-bounces"]);

/**
 * Addresses mail must not go to, from the provider's delivery events: a hard bounce or a spam
 * complaint for good, three soft bounces for 30 days (`until`). Lifting keeps the row with
 * `lifted_at`, so soft bounces from before the lift are not counted again.
 */
export const emailSuppressions = pgTable(
  "email_suppressions",
  {
    address: text("address").primaryKey(),
    reason: suppressionReason("reason").notNull(),
    /** The provider's words for the last bounce or complaint. */
    detail: text("detail").notNull().default(""),
    suppressedAt: timestamp("suppressed_at", { withTimezone: true, mode: "date" }).notNull(),
    until: timestamp("until", { withTimezone: true, mode: "date" }),
    liftedAt: timestamp("lifted_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [check("email_suppressions_lowercase", sql`${table.address} = lower(${table.address})`)],
);

/** Every delivery event the provider reported (Resend's webhook), once per event id. */
export const emailDeliveryEvents = pgTable(
  "email_delivery_events",
  {
    /** The webhook delivery's id (`svix-id`): a redelivered event is recorded once. */
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    address: text("address").notNull(),
    providerMessageId: text("provider_message_id").notNull(),
    /** Our message, when it is one of ours (mail sent before the outbox kept ids has none). */
    outboxId: uuid("outbox_id").references(() => emailOutbox.id, { onDelete: "set null" }),
    /** "Permanent", "Transient" or "Undetermined" for a bounce. */
    bounceType: text("bounce_type"),
    detail: text("detail").notNull().default(""),
    occurredAt: timestamp("occurred_at", { withTimezone: true, mode: "date" }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    index("email_delivery_events_address_idx").on(table.address, table.occurredAt),
    index("email_delivery_events_outbox_idx").on(table.outboxId),
  ],
);

export type EmailSuppression = typeof emailSuppressions.$inferSelect;
