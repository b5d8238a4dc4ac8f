import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/connect";
import { newsletterSettings } from "@/db/schema";
import { fieldErrors } from "@/lib/validation/field-errors";

export const DEFAULT_WELCOME = {
  subject: "Welcome to the newsletter",
  body: [
    "About once a month you will get one gentle routine and a few honest words about living in a body under stress. No spam, no countdowns.",
    "A good first one takes a minute and two tennis balls: [the foot release](/routines/tennis-ball-foot-release). Roll each foot slowly, then try your forward bend again and notice the difference.",
  ].join("\n\n"),
};

export const welcomeSchema = z.object({
  subject: z.string().trim().min(1, "Write a subject line.").max(150, "Keep the subject under 150 characters."),
  body: z.string().trim().min(1, "Write a few words of welcome.").max(10_000, "Keep the welcome under 10,000 characters."),
});

/** The welcome email as the coach wrote it, or the default until she does. */
export async function loadWelcome(db: Executor) {
  const [row] = await db.select().from(newsletterSettings).where(eq(newsletterSettings.id, 1)).limit(1);
  return row ? { subject: row.welcomeSubject, body: row.welcomeBody } : DEFAULT_WELCOME;
}

export async function saveWelcome(db: Executor, input: unknown) {
  const parsed = welcomeSchema.safeParse(input);
  if (!parsed.success) return { ok: false as const, errors: fieldErrors(parsed.error) };
  const values = { welcomeSubject: parsed.data.subject, welcomeBody: parsed.data.body };
  await db.insert(newsletterSettings).values({ id: 1, ...values }).onConflictDoUpdate({ target: newsletterSettings.id, set: values });
  return { ok: true as const };
}
