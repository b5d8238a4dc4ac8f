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
    index("email_outbox_created_idx").on(table.createdAt),
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
