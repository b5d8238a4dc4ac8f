import { z } from "zod";
import { slugSchema } from "@/lib/routines/schema";

const level = z.number().int("Use a whole number from 0 to 10.").min(0, "0 is the lowest.").max(10, "10 is the highest.").nullable();

export const checkInSchema = z
  .object({
    routineSlug: slugSchema,
    before: level,
    after: level,
    completedAt: z.iso.datetime({ offset: true, error: "completedAt must be an ISO date-time." }),
  })
  .refine((checkIn) => checkIn.before !== null || checkIn.after !== null, { message: "Give a before or an after value.", path: ["before"] });

/** One finished routine, or up to 50 carried over from this browser after signing in. */
export const checkInRequestSchema = z.object({
  checkIns: z.array(checkInSchema).min(1, "Send at least one check-in.").max(50, "Send at most 50 check-ins at a time."),
});

export type CheckInInput = z.infer<typeof checkInSchema>;
