import { bigint, integer, pgTable, varchar } from "drizzle-orm/pg-core";

/**
 * Store of rate-limiter-flexible's Postgres limiter (its own column layout), created here so the
 * app never issues DDL at run time. Shared by every app instance.
 */
export const rateLimits = pgTable("rate_limits", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  expire: bigint("expire", { mode: "number" }),
});
