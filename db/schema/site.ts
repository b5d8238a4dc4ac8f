import { sql } from "drizzle-orm";
import { check, integer, pgTable, text } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

/**
 * The coach's profile and site-wide settings. Exactly one row (id = 1): a solo practice has one
 * coach, and a single row keeps reads trivial to cache.
 */
export const coachProfile = pgTable(
  "coach_profile",
  {
    id: integer("id").primaryKey().default(1),
    name: text("name").notNull(),
    headline: text("headline").notNull(),
    shortBio: text("short_bio").notNull(),
    longBio: text("long_bio").notNull(),
    timezone: text("timezone").notNull(),
    contactEmail: text("contact_email").notNull(),
    ...timestamps,
  },
  (table) => [
    check("coach_profile_single_row", sql`${table.id} = 1`),
    check("coach_profile_name_present", sql`length(trim(${table.name})) > 0`),
    check("coach_profile_email_shape", sql`${table.contactEmail} ~ '^[^@\\s]+@[^@\\s]+$'`),
  ],
);

export type CoachProfile = typeof coachProfile.$inferSelect;
