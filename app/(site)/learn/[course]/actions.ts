"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guards";
import { getLearningService } from "@/lib/composition/web";
import { slugSchema } from "@/lib/routines/schema";

export type LessonActionState = { error?: string };

const lessonRef = z.object({ course: slugSchema, lesson: slugSchema });

/** Mark complete / not complete. The service checks access to the lesson for this person. */
export async function setLessonComplete(_previous: LessonActionState, formData: FormData): Promise<LessonActionState> {
  const user = await requireUser();
  const parsed = lessonRef.extend({ done: z.enum(["true", "false"]) }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "That lesson does not exist." };
  const { course, lesson, done } = parsed.data;
  const result = await (await getLearningService()).setComplete(user, course, lesson, done === "true");
  if (!result.ok) return { error: result.error };
  revalidatePath(`/learn/${course}/${lesson}`);
  return {};
}

/** The one-time safety acknowledgement; only an active learner can give it. */
export async function acknowledgeSafety(_previous: LessonActionState, formData: FormData): Promise<LessonActionState> {
  const user = await requireUser();
  const parsed = lessonRef.extend({ understood: z.literal("yes", { error: "Tick the box to say you have read this." }) }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.path[0] === "understood" ? "Tick the box to say you have read this." : "That lesson does not exist." };
  const { course, lesson } = parsed.data;
  const result = await (await getLearningService()).acknowledgeSafety(user, course);
  if (!result.ok) return { error: result.error };
  redirect(`/learn/${course}/${lesson}`);
}
