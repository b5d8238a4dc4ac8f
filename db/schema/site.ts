import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
    /** Key of the coach's portrait in the upload storage (lib/platform/storage). */
    portraitKey: text("portrait_key"),
    /** What the portrait shows, for people who cannot see it; required with a portrait. */
    portraitAlt: text("portrait_alt"),
    /** Stripe Tax on course checkouts: billing address and tax ids collected, tax worked out by Stripe. */
    collectTax: boolean("collect_tax").notNull().default(false),
    /** With tax on: whether the course price already includes it (usual for consumers in the EU, UK, Australia). */
    pricesIncludeTax: boolean("prices_include_tax").notNull().default(true),
    /** An invoice (PDF and page) for every one-time course payment; instalments always have one. On for new installs: buyers expect a receipt they can file, and a coach who does not want them turns it off. */
    issueInvoices: boolean("issue_invoices").notNull().default(true),
    ...timestamps,
  },
  (table) => [
    check("coach_profile_portrait_described", sql`${table.portraitKey} IS NULL OR length(trim(${table.portraitAlt})) > 0`),
    check("coach_profile_single_row", sql`${table.id} = 1`),
    check("coach_profile_name_present", sql`length(trim(${table.name})) > 0`),
    check("coach_profile_email_shape", sql`${table.contactEmail} ~ '^[^@\\s]+@[^@\\s]+$'`),
  ],
);

export type CoachProfile = typeof coachProfile.$inferSelect;

/** What people say about working with the coach, shown where the coach chooses. */
export const testimonials = pgTable(
  "testimonials",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    quote: text("quote").notNull(),
    name: text("name").notNull(),
    /** "Learner, 2026", "Booked a consultation": optional context under the name. */
    detail: text("detail"),
    photoKey: text("photo_key"),
    photoAlt: text("photo_alt"),
    places: text("places").array().notNull().default(sql`'{}'::text[]`),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    check("testimonials_quote_present", sql`length(trim(${table.quote})) BETWEEN 1 AND 600`),
    check("testimonials_name_present", sql`length(trim(${table.name})) BETWEEN 1 AND 80`),
    check("testimonials_photo_described", sql`${table.photoKey} IS NULL OR length(trim(${table.photoAlt})) > 0`),
    check("testimonials_places_known", sql`${table.places} <@ ARRAY['home','course','consultation']::text[]`),
    index("testimonials_position_idx").on(table.position, table.createdAt),
  ],
);

export type Testimonial = typeof testimonials.$inferSelect;
