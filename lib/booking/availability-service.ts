import type { z } from "zod";
import type { Database } from "@/db/connect";
import type { bookingSettingsSchema, intakeQuestionSchema } from "./availability-schema";
import {
  appendQuestion,
  deleteOverride,
  deleteQuestion,
  insertOverride,
  listOverridesFrom,
  replaceWeeklyRules,
  updateBookingSettings,
  updateQuestion,
  type NewOverride,
} from "./availability-queries";
import type { MinuteInterval } from "./intervals";
import { loadAvailability } from "./queries";

/** The coach's availability editor: every change is one transaction, so hours are never half-saved. */
export function createAvailabilityService(db: Database) {
  return {
    /** Settings, weekly hours, dates that differ and intake questions, as the editor shows them. */
    load: () => loadAvailability(db),

    async saveSettings(input: z.infer<typeof bookingSettingsSchema>) {
      await updateBookingSettings(db, {
        slotMinutes: input.slotMinutes,
        bufferBeforeMinutes: input.bufferBeforeMinutes,
        bufferAfterMinutes: input.bufferAfterMinutes,
        minNoticeMinutes: input.minNoticeHours * 60,
        horizonDays: input.horizonDays,
        dailyCap: input.dailyCap,
        cancelCutoffMinutes: input.cancelCutoffHours * 60,
        location: input.location,
        locationKind: input.locationKind,
      });
    },

    /** Replaces the whole week at once. */
    async replaceWeek(week: Record<number, MinuteInterval[]>) {
      const rows = Object.entries(week).flatMap(([weekday, intervals]) => intervals.map((interval) => ({ weekday: Number(weekday), ...interval })));
      await db.transaction((tx) => replaceWeeklyRules(tx, rows));
    },

    addOverride: (value: NewOverride) => insertOverride(db, value),
    removeOverride: (id: string) => deleteOverride(db, id),
    listUpcomingOverrides: (fromDate: string) => listOverridesFrom(db, fromDate),
    addQuestion: (input: z.infer<typeof intakeQuestionSchema>) => db.transaction((tx) => appendQuestion(tx, input)),
    updateQuestion: (id: string, input: z.infer<typeof intakeQuestionSchema>) => updateQuestion(db, id, input),
    removeQuestion: (id: string) => deleteQuestion(db, id),
  };
}

export type AvailabilityService = ReturnType<typeof createAvailabilityService>;
