import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

/**
 * People who can sign in, and the tables Auth.js needs. Property names follow what
 * @auth/drizzle-adapter expects; the SQL names follow ours.
 */

export const userRole = pgEnum("user_role", ["member", "admin"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name"),
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
    image: text("image"),
    role: userRole("role").notNull().default("member"),
    ...timestamps,
  },
  (table) => [
    // Auth.js lower-cases addresses; the constraint keeps every other writer honest too.
    check("users_email_lowercase", sql`${table.email} = lower(${table.email})`),
    uniqueIndex("users_email_unique").on(table.email),
    // The people search matches names too (ILIKE '%…%'): a trigram index (pg_trgm).
    index("users_name_trgm_idx").using("gin", sql`${table.name} gin_trgm_ops`),
  ],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (table) => [primaryKey({ columns: [table.provider, table.providerAccountId] })],
);

/**
 * How a session was opened. `link`: a sign-in link sent to the address was opened (Auth.js writes
 * these, hence the default). `checkout`: the browser that paid was let into the course it bought
 * (decision 0017); it proves nothing about the address, so such a session holds no role and reads
 * only the course (lib/auth/access.ts), and the first `link` sign-in ends it (decision 0022).
 */
export const sessionProof = pgEnum("session_proof", ["link", "checkout"]);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
    proof: sessionProof("proof").notNull().default("link"),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

/** Auth.js stores only a hash of each magic-link token here, never the token itself. */
export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.identifier, table.token] })],
);

export type User = typeof users.$inferSelect;
export type UserRole = (typeof userRole.enumValues)[number];
export type SessionProof = (typeof sessionProof.enumValues)[number];
