import { sql } from "drizzle-orm";
import { check, index, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * Everyone the site knows by email address: readers, members, learners, bookers and buyers. Rows
 * are written by database triggers on users, subscribers, bookings and orders (migration 0022),
 * so no writer can forget to register a person; the app only reads them, adds notes and erases.
 */
export const people = pgTable(
  "people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("people_email_unique").on(table.email),
    index("people_first_seen_id_idx").on(table.firstSeenAt, table.id),
    index("people_email_trgm_idx").using("gin", sql`${table.email} gin_trgm_ops`),
    check("people_email_lowercase", sql`${table.email} = lower(${table.email})`),
  ],
);

/** The coach's private notes on a person's timeline. Never shown to anyone else. */
export const personNotes = pgTable(
  "person_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    index("person_notes_person_idx").on(table.personId, table.createdAt),
    check("person_notes_body_length", sql`char_length(${table.body}) BETWEEN 1 AND 5000`),
  ],
);

/**
 * Addresses whose owner was erased, kept only as an HMAC with this installation's salt: enough
 * to refuse the address in a later import, useless for reading back who it was.
 */
export const erasedAddresses = pgTable("erased_addresses", {
  addressHash: text("address_hash").primaryKey(),
  erasedBy: text("erased_by").notNull(),
  erasedAt: timestamp("erased_at", { withTimezone: true, mode: "date" }).notNull(),
});

/** One row: the salt for erased_addresses, made by the first erasure. */
export const privacySalt = pgTable(
  "privacy_salt",
  {
    id: smallint("id").primaryKey().default(1),
    salt: text("salt").notNull(),
  },
  (table) => [check("privacy_salt_single_row", sql`${table.id} = 1`)],
);

export type Person = typeof people.$inferSelect;
export type PersonNote = typeof personNotes.$inferSelect;
