import { z } from "zod";
import { cleanText } from "@/lib/platform/validation/text";
import type { Executor } from "@/db/connect";
import { findWelcome, upsertWelcome } from "./queries";

export const DEFAULT_WELCOME = {
  subject: "Welcome to the newsletter",
  body: [
    "About once a month you will get one gentle routine and a few honest words about living in a body under stress. No spam, no countdowns.",
    "A good first one takes a minute and two tennis balls: [the foot release](/routines/tennis-ball-foot-release). Roll each foot slowly, then try your forward bend again and notice the difference.",
  ].join("\n\n"),
};

export const welcomeSchema = z.object({
  subject: cleanText().trim().min(1, "Write a subject line.").max(150, "Keep the subject under 150 characters."),
  body: cleanText({ multiline: true }).trim().min(1, "Write a few words of welcome.").max(10_000, "Keep the welcome under 10,000 characters."),
});

/** A letter of the welcome sequence: sent this many days after a reader confirms. */
export const followUpSchema = welcomeSchema.extend({
  delayDays: z.coerce
    .number({ error: "Days after confirming must be a number." })
    .int("Days after confirming must be a whole number.")
    .min(0, "Days after confirming must be 0 or more.")
    .max(90, "Days after confirming must be at most 90."),
});

/** The welcome email as the coach wrote it, or the default until she does. */
export async function loadWelcome(db: Executor) {
  return (await findWelcome(db)) ?? DEFAULT_WELCOME;
}

export async function saveWelcome(db: Executor, welcome: z.infer<typeof welcomeSchema>) {
  await upsertWelcome(db, welcome);
}
