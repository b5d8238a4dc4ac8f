import { sql } from "drizzle-orm";
import { check, pgTable, smallint, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { routines } from "./routines";

/** "How tense do you feel, 0–10", before and after a routine, for signed-in people. */
export const routineCheckIns = pgTable(
  "routine_check_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    routineId: uuid("routine_id")
      .notNull()
      .references(() => routines.id, { onDelete: "cascade" }),
    before: smallint("before"),
    after: smallint("after"),
    completedAt: timestamp("completed_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    check("routine_check_ins_before_range", sql`${table.before} IS NULL OR ${table.before} BETWEEN 0 AND 10`),
    check("routine_check_ins_after_range", sql`${table.after} IS NULL OR ${table.after} BETWEEN 0 AND 10`),
    check("routine_check_ins_has_a_value", sql`${table.before} IS NOT NULL OR ${table.after} IS NOT NULL`),
    // A carried-over check-in sent twice (two tabs) is stored once.
    uniqueIndex("routine_check_ins_once_idx").on(table.userId, table.routineId, table.completedAt),
  ],
);

export type RoutineCheckIn = typeof routineCheckIns.$inferSelect;
