import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** Base64. */
  content: string;
}

export const emailStatus = pgEnum("email_status", ["queued", "sending", "sent", "failed"]);
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
    ...timestamps,
  },
  (table) => [
    index("email_outbox_status_created_idx").on(table.status, table.createdAt),
    index("email_outbox_created_idx").on(table.createdAt),
    check("email_outbox_sent_has_time", sql`${table.status} <> 'sent' OR ${table.sentAt} IS NOT NULL`),
  ],
);

export type OutboxMessage = typeof emailOutbox.$inferSelect;
export type EmailStatus = (typeof emailStatus.enumValues)[number];
