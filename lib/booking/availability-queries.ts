import { asc, eq, gte, max, sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { availabilityOverrides, availabilityRules, bookingSettings, intakeQuestions } from "@/db/schema";

export type NewOverride = typeof availabilityOverrides.$inferInsert;
export type NewQuestion = Omit<typeof intakeQuestions.$inferInsert, "id" | "position">;

export async function updateBookingSettings(db: Executor, values: Partial<typeof bookingSettings.$inferInsert>) {
  await db.update(bookingSettings).set(values).where(eq(bookingSettings.id, 1));
}

export async function replaceWeeklyRules(tx: Executor, rows: { weekday: number; startMinute: number; endMinute: number }[]) {
  await tx.delete(availabilityRules);
  if (rows.length) await tx.insert(availabilityRules).values(rows);
}

export async function insertOverride(db: Executor, value: NewOverride) {
  await db.insert(availabilityOverrides).values(value);
}

export async function deleteOverride(db: Executor, id: string) {
  await db.delete(availabilityOverrides).where(eq(availabilityOverrides.id, id));
}

export async function listOverridesFrom(db: Executor, fromDate: string) {
  return db.select().from(availabilityOverrides).where(gte(availabilityOverrides.date, fromDate)).orderBy(asc(availabilityOverrides.date));
}

/** Appends a question after the last one; the caller's transaction keeps two appends from colliding. */
export async function appendQuestion(tx: Executor, input: NewQuestion) {
  await tx.execute(sql`lock table ${intakeQuestions} in share row exclusive mode`);
  const [{ last }] = (await tx.select({ last: max(intakeQuestions.position) }).from(intakeQuestions)) as [{ last: number | null }];
  await tx.insert(intakeQuestions).values({ ...input, position: (last ?? -1) + 1 });
}

export async function updateQuestion(db: Executor, id: string, input: Partial<NewQuestion>) {
  await db.update(intakeQuestions).set(input).where(eq(intakeQuestions.id, id));
}

export async function deleteQuestion(db: Executor, id: string) {
  await db.delete(intakeQuestions).where(eq(intakeQuestions.id, id));
}
