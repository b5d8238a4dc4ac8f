import { asc, eq, gte, max } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { availabilityOverrides, availabilityRules, bookingSettings, intakeQuestions } from "@/db/schema";
import type { z } from "zod";
import type { bookingSettingsSchema, intakeQuestionSchema } from "./availability-schema";
import type { MinuteInterval } from "./intervals";

/** The coach's availability editor: every change is one transaction, so hours are never half-saved. */
export function createAvailabilityService(db: Database) {
  return {
    async saveSettings(input: z.infer<typeof bookingSettingsSchema>) {
      await db
        .update(bookingSettings)
        .set({
          slotMinutes: input.slotMinutes,
          bufferBeforeMinutes: input.bufferBeforeMinutes,
          bufferAfterMinutes: input.bufferAfterMinutes,
          minNoticeMinutes: input.minNoticeHours * 60,
          horizonDays: input.horizonDays,
          dailyCap: input.dailyCap,
          cancelCutoffMinutes: input.cancelCutoffHours * 60,
          location: input.location,
        })
        .where(eq(bookingSettings.id, 1));
    },

    /** Replaces the whole week at once. */
    async replaceWeek(week: Record<number, MinuteInterval[]>) {
      await db.transaction(async (tx) => {
        await tx.delete(availabilityRules);
        const rows = Object.entries(week).flatMap(([weekday, intervals]) => intervals.map((interval) => ({ weekday: Number(weekday), ...interval })));
        if (rows.length) await tx.insert(availabilityRules).values(rows);
      });
    },

    async addOverride(value: typeof availabilityOverrides.$inferInsert) {
      await db.insert(availabilityOverrides).values(value);
    },

    async removeOverride(id: string) {
      await db.delete(availabilityOverrides).where(eq(availabilityOverrides.id, id));
    },

    async listUpcomingOverrides(fromDate: string) {
      return db.select().from(availabilityOverrides).where(gte(availabilityOverrides.date, fromDate)).orderBy(asc(availabilityOverrides.date));
    },

    async addQuestion(input: z.infer<typeof intakeQuestionSchema>) {
      await db.transaction(async (tx) => {
        const [{ last }] = (await tx.select({ last: max(intakeQuestions.position) }).from(intakeQuestions)) as [{ last: number | null }];
        await tx.insert(intakeQuestions).values({ ...input, position: (last ?? -1) + 1 });
      });
    },

    async updateQuestion(id: string, input: z.infer<typeof intakeQuestionSchema>) {
      await db.update(intakeQuestions).set(input).where(eq(intakeQuestions.id, id));
    },

    async removeQuestion(id: string) {
      await db.delete(intakeQuestions).where(eq(intakeQuestions.id, id));
    },
  };
}
