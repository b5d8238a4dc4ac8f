import { bigint, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";

/**
 * Running counts of the big tables, kept exact by statement-level triggers in the same transaction
 * as each write (migration 0034, the tally_* functions): the back office reads a handful of rows
 * instead of counting a list of a million. Each name is spread over shards chosen by connection,
 * so concurrent writers rarely wait on the same row; a count is the sum of its shards. Names are
 * `<table>:<what>` (email_outbox:sent, subscribers:confirmed, subscribers:readers, users:all). See docs/decisions/0025-a-big-practice.md.
 */
export const tallies = pgTable(
  "tallies",
  {
    name: text("name").notNull(),
    shard: smallint("shard").notNull(),
    n: bigint("n", { mode: "number" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.name, table.shard] })],
);
