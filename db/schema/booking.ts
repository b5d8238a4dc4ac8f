import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

/**
 * Free consultations. Overlapping bookings are made impossible by an exclusion constraint written
 * by hand in the migration (Drizzle has no syntax for it): see db/migrations/*_booking_exclusion.sql.
 */

export const bookingStatus = pgEnum("booking_status", ["confirmed", "cancelled"]);
export const overrideKind = pgEnum("availability_override_kind", ["unavailable", "extra"]);
export const intakeKind = pgEnum("intake_question_kind", ["short_text", "long_text", "single_choice"]);

/** The coach's booking settings: a single row (id = 1), created by the migration. */
export const bookingSettings = pgTable(
  "booking_settings",
  {
    id: integer("id").primaryKey().default(1),
    slotMinutes: integer("slot_minutes").notNull().default(30),
    bufferBeforeMinutes: integer("buffer_before_minutes").notNull().default(0),
    bufferAfterMinutes: integer("buffer_after_minutes").notNull().default(0),
    minNoticeMinutes: integer("min_notice_minutes").notNull().default(720),
    horizonDays: integer("horizon_days").notNull().default(30),
    dailyCap: integer("daily_cap"),
    cancelCutoffMinutes: integer("cancel_cutoff_minutes").notNull().default(720),
    /** Where the call happens: a video link or an address, shown in emails. */
    location: text("location").notNull().default(""),
    /**
     * How `location` is read: "link" (the coach's own meeting link), "video-room" (`location` is a
     * Jitsi-compatible host; each booking gets its own unguessable room there), "phone" or "address"
     * (text for the visitor).
     */
    locationKind: text("location_kind", { enum: ["link", "video-room", "phone", "address"] }).notNull().default("link"),
    /**
     * The coach's private calendar feed: null while off; raising it voids the old address (the
     * token is an HMAC of this number, so no secret is stored).
     */
    calendarFeedVersion: integer("calendar_feed_version"),
    ...timestamps,
  },
  (table) => [
    check("booking_settings_single_row", sql`${table.id} = 1`),
    check("booking_settings_slot_range", sql`${table.slotMinutes} BETWEEN 10 AND 240`),
    check("booking_settings_buffers", sql`${table.bufferBeforeMinutes} BETWEEN 0 AND 240 AND ${table.bufferAfterMinutes} BETWEEN 0 AND 240`),
    check("booking_settings_notice", sql`${table.minNoticeMinutes} >= 0 AND ${table.cancelCutoffMinutes} >= 0`),
    check("booking_settings_horizon", sql`${table.horizonDays} BETWEEN 1 AND 365`),
    check("booking_settings_cap", sql`${table.dailyCap} IS NULL OR ${table.dailyCap} > 0`),
    check("booking_settings_location_kind", sql`${table.locationKind} IN ('link', 'video-room', 'phone', 'address')`),
  ],
);

export const availabilityRules = pgTable(
  "availability_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** 0 = Sunday … 6 = Saturday, in the coach's timezone. */
    weekday: integer("weekday").notNull(),
    startMinute: integer("start_minute").notNull(),
    endMinute: integer("end_minute").notNull(),
  },
  (table) => [
    check("availability_rules_weekday", sql`${table.weekday} BETWEEN 0 AND 6`),
    check("availability_rules_range", sql`${table.startMinute} >= 0 AND ${table.endMinute} <= 1440 AND ${table.startMinute} < ${table.endMinute}`),
  ],
);

export const availabilityOverrides = pgTable(
  "availability_overrides",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** A calendar date in the coach's timezone. */
    date: date("date", { mode: "string" }).notNull(),
    kind: overrideKind("kind").notNull(),
    startMinute: integer("start_minute"),
    endMinute: integer("end_minute"),
    note: text("note").notNull().default(""),
  },
  (table) => [
    check(
      "availability_overrides_range",
      sql`(${table.startMinute} IS NULL AND ${table.endMinute} IS NULL AND ${table.kind} = 'unavailable') OR (${table.startMinute} >= 0 AND ${table.endMinute} <= 1440 AND ${table.startMinute} < ${table.endMinute})`,
    ),
    index("availability_overrides_date_idx").on(table.date),
  ],
);

export const intakeQuestions = pgTable(
  "intake_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    kind: intakeKind("kind").notNull(),
    options: text("options").array().notNull().default(sql`'{}'::text[]`),
    required: boolean("required").notNull().default(false),
  },
  (table) => [
    check("intake_questions_label", sql`length(trim(${table.label})) > 0`),
    check("intake_questions_choices", sql`${table.kind} <> 'single_choice' OR cardinality(${table.options}) >= 2`),
  ],
);

export interface IntakeAnswer {
  questionId: string;
  label: string;
  answer: string;
}

export const bookings = pgTable(
  "bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    startsAt: timestamp("starts_at", { withTimezone: true, mode: "date" }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true, mode: "date" }).notNull(),
    status: bookingStatus("status").notNull().default("confirmed"),
    name: text("name").notNull(),
    email: text("email").notNull(),
    /** The visitor's IANA zone, for emails in their own time. */
    timezone: text("timezone").notNull(),
    /** How the booking page read to them (lib/booking/clock.ts): its English, "en-US", and their clock, "h12". Emails and reminders read the same. */
    wordsLocale: text("words_locale"),
    hourCycle: text("hour_cycle"),
    answers: jsonb("answers").$type<IntakeAnswer[]>().notNull().default([]),
    consentAt: timestamp("consent_at", { withTimezone: true, mode: "date" }).notNull(),
    /** SHA-256 of the private manage link's token; the token itself is only ever in the email. */
    manageTokenHash: text("manage_token_hash").notNull(),
    idempotencyKey: text("idempotency_key"),
    /** Raised on every change, as calendar invites (ICS SEQUENCE) require. */
    sequence: integer("sequence").notNull().default(0),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true, mode: "date" }),
    cancelReason: text("cancel_reason"),
    cancelledBy: text("cancelled_by"),
    noShow: boolean("no_show").notNull().default(false),
    /** Set when the 24-hour reminder went out for the current time, so it is never sent twice. */
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true, mode: "date" }),
    privateNotes: text("private_notes").notNull().default(""),
    /**
     * Set when the coach asked the visitor to choose another time (with the coach's words); the
     * visitor may then move it even inside the cut-off. A move clears both.
     */
    rescheduleRequestedAt: timestamp("reschedule_requested_at", { withTimezone: true, mode: "date" }),
    rescheduleMessage: text("reschedule_message"),
    ...timestamps,
  },
  (table) => [
    check("bookings_time_order", sql`${table.startsAt} < ${table.endsAt}`),
    check("bookings_hour_cycle_known", sql`${table.hourCycle} IS NULL OR ${table.hourCycle} IN ('h12', 'h23')`),
    check("bookings_words_locale_english", sql`${table.wordsLocale} IS NULL OR ${table.wordsLocale} ~ '^en(-[A-Z]{2})?$'`),
    check("bookings_email_lowercase", sql`${table.email} = lower(${table.email})`),
    check("bookings_cancel_consistent", sql`(${table.status} = 'cancelled') = (${table.cancelledAt} IS NOT NULL)`),
    uniqueIndex("bookings_manage_token_idx").on(table.manageTokenHash),
    uniqueIndex("bookings_idempotency_key_idx").on(table.idempotencyKey),
    index("bookings_starts_at_idx").on(table.startsAt),
    index("bookings_email_idx").on(table.email, table.startsAt),
    index("bookings_name_trgm_idx").using("gin", sql`${table.name} gin_trgm_ops`),
  ],
);

export type Booking = typeof bookings.$inferSelect;
