import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

/**
 * The coach's other calendars (Google, iCloud, Outlook, Fastmail …), read by their secret ICS
 * address. Only busy intervals are kept, never titles: the booking page needs no more.
 */
export const externalCalendars = pgTable(
  "external_calendars",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    label: text("label").notNull(),
    /** The secret address (webcal:// already turned into https://); never shown in full. */
    url: text("url").notNull(),
    /** Validators from the last full read, for a conditional GET. */
    etag: text("etag"),
    lastModified: text("last_modified"),
    /** When the next periodic read is due; claimed by one instance at a time. */
    nextSyncAt: timestamp("next_sync_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true, mode: "date" }),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true, mode: "date" }),
    /** Busy events in the last successful read (a recurring event counts once). */
    eventCount: integer("event_count").notNull().default(0),
    /** The last read's problem in plain words; null once a read succeeds. */
    lastError: text("last_error"),
    /** What the last full read left out (a repeating event too dense to expand), in words; null when nothing. */
    readNotice: text("read_notice"),
    ...timestamps,
  },
  (table) => [
    check("external_calendars_label", sql`length(trim(${table.label})) BETWEEN 1 AND 80`),
    check("external_calendars_url", sql`${table.url} ~ '^https?://'`),
    uniqueIndex("external_calendars_url_idx").on(table.url),
  ],
);

/** Busy intervals from the last successful read of each calendar, replaced whole on every read. */
export const externalBusyTimes = pgTable(
  "external_busy_times",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    calendarId: uuid("calendar_id")
      .notNull()
      .references(() => externalCalendars.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true, mode: "date" }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    check("external_busy_times_order", sql`${table.startsAt} < ${table.endsAt}`),
    index("external_busy_times_calendar_idx").on(table.calendarId),
    index("external_busy_times_range_idx").on(table.startsAt, table.endsAt),
  ],
);

export type ExternalCalendar = typeof externalCalendars.$inferSelect;
