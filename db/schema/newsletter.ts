import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

export const subscriberStatus = pgEnum("subscriber_status", ["pending", "confirmed", "unsubscribed"]);

/** Newsletter readers. Consent is recorded as shown (wording, time, page, hashed IP). */
export const subscribers = pgTable(
  "subscribers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    firstName: text("first_name"),
    status: subscriberStatus("status").notNull().default("pending"),
    source: text("source").notNull(),
    consentText: text("consent_text").notNull(),
    ipHash: text("ip_hash"),
    signedUpAt: timestamp("signed_up_at", { withTimezone: true, mode: "date" }).notNull(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true, mode: "date" }),
    unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true, mode: "date" }),
    /** SHA-256 of the single-use confirmation token, and when it stops working. */
    confirmTokenHash: text("confirm_token_hash"),
    confirmExpiresAt: timestamp("confirm_expires_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("subscribers_email_unique").on(table.email),
    uniqueIndex("subscribers_confirm_token_idx").on(table.confirmTokenHash),
    index("subscribers_status_idx").on(table.status, table.source),
    // The back office's list, newest first, paged by keyset (lib/newsletter/queries.ts).
    index("subscribers_signed_up_idx").on(table.signedUpAt, table.id),
    // The dashboard's growth line: confirmations, and departures at the later of the two times.
    index("subscribers_confirmed_idx").on(table.confirmedAt),
    // The list's "Source" choices, read by skipping from one source to the next (listSources).
    index("subscribers_source_idx").on(table.source),
    index("subscribers_left_idx")
      .on(sql`greatest(${table.confirmedAt}, ${table.unsubscribedAt})`)
      .where(sql`${table.unsubscribedAt} IS NOT NULL AND ${table.confirmedAt} IS NOT NULL`),
    // "Contains" searches (ILIKE '%…%') on an address or a name: trigram indexes (pg_trgm).
    index("subscribers_email_trgm_idx").using("gin", sql`${table.email} gin_trgm_ops`),
    index("subscribers_first_name_trgm_idx").using("gin", sql`${table.firstName} gin_trgm_ops`),
    check("subscribers_email_lowercase", sql`${table.email} = lower(${table.email})`),
  ],
);

export type Subscriber = typeof subscribers.$inferSelect;

/**
 * The welcome sequence after the first welcome: letters sent `delayDays` after a reader confirms
 * (e.g. day 3 and day 7), each a normal newsletter message with list headers.
 */
export const welcomeFollowUps = pgTable(
  "welcome_follow_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    delayDays: integer("delay_days").notNull(),
    subject: text("subject").notNull(),
    /** Markdown. */
    body: text("body").notNull(),
    ...timestamps,
  },
  (table) => [check("welcome_follow_ups_delay", sql`${table.delayDays} BETWEEN 0 AND 90`)],
);

/** Which reader got which follow-up: the primary key makes a second copy impossible. */
export const welcomeDeliveries = pgTable(
  "welcome_deliveries",
  {
    subscriberId: uuid("subscriber_id")
      .notNull()
      .references(() => subscribers.id, { onDelete: "cascade" }),
    followUpId: uuid("follow_up_id")
      .notNull()
      .references(() => welcomeFollowUps.id, { onDelete: "cascade" }),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.subscriberId, table.followUpId] })],
);

export type WelcomeFollowUp = typeof welcomeFollowUps.$inferSelect;
