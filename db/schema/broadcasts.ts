import { sql } from "drizzle-orm";
import { check, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

export const broadcastStatus = pgEnum("broadcast_status", ["draft", "scheduled", "sending", "sent", "failed"]);

/**
 * A newsletter issue. Its recipients are email_outbox rows (broadcast_id, batch_no), written once
 * when sending starts; the broadcast row only says what and when.
 */
export const broadcasts = pgTable(
  "broadcasts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Address of the web version in the archive, fixed when it is sent. */
    slug: text("slug"),
    subject: text("subject").notNull(),
    preheader: text("preheader").notNull().default(""),
    /** Markdown. */
    body: text("body").notNull().default(""),
    /** Routines shown as cards under the text, in this order. */
    routineSlugs: text("routine_slugs").array().notNull().default(sql`'{}'::text[]`),
    /** null: every confirmed subscriber; otherwise only those with this source. */
    audienceSource: text("audience_source"),
    status: broadcastStatus("status").notNull().default("draft"),
    scheduledFor: timestamp("scheduled_for", { withTimezone: true, mode: "date" }),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    recipientCount: integer("recipient_count"),
    /**
     * The letter as rendered once when sending starts, with a stand-in for each reader's own
     * link: every copy is this plus that reader's links, so a letter is stored once, not per reader.
     */
    html: text("html"),
    text: text("text"),
    /** Senders that took over without sending a batch since the last one that did; too many stops the letter. */
    attemptsWithoutProgress: integer("attempts_without_progress").notNull().default(0),
    /** Why sending stopped or last failed, in words the coach can act on. */
    lastError: text("last_error"),
    /** A sender holds this lease while it works; a crashed sender's lease runs out and another resumes. */
    leaseUntil: timestamp("lease_until", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("broadcasts_slug_unique").on(table.slug),
    check("broadcasts_slug_shape", sql`${table.slug} IS NULL OR ${table.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("broadcasts_scheduled_has_time", sql`${table.status} <> 'scheduled' OR ${table.scheduledFor} IS NOT NULL`),
  ],
);

/** The coach's own words for the welcome email (one row). */
export const newsletterSettings = pgTable(
  "newsletter_settings",
  {
    id: integer("id").primaryKey().default(1),
    welcomeSubject: text("welcome_subject").notNull(),
    /** Markdown. */
    welcomeBody: text("welcome_body").notNull(),
    ...timestamps,
  },
  (table) => [check("newsletter_settings_single_row", sql`${table.id} = 1`)],
);

export type Broadcast = typeof broadcasts.$inferSelect;
export type BroadcastStatus = (typeof broadcastStatus.enumValues)[number];
