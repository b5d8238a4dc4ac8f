import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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
    check("subscribers_email_lowercase", sql`${table.email} = lower(${table.email})`),
  ],
);

export type Subscriber = typeof subscribers.$inferSelect;
