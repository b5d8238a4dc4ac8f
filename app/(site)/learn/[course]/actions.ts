"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guards";
import { services } from "@/lib/composition/web";
import { formAction, type FormState } from "@/lib/forms/action";
import { slugSchema } from "@/lib/routines/schema";

const lessonRef = z.object({ course: slugSchema, lesson: slugSchema });

/**
 * Mark complete / not complete; "Complete and continue" also names where to go next (the next
 * lesson, or the finish screen after the last). The service checks access to the lesson.
 */
export const setLessonComplete = formAction({
  guard: () => requireUser(),
  schema: lessonRef.extend({ done: z.enum(["true", "false"]), continueTo: z.union([slugSchema, z.literal("finished")]).optional() }),
  async run({ course, lesson, done, continueTo }, { user }): Promise<FormState> {
    const result = await (await services()).learning.setComplete(user, course, lesson, done === "true");
    if (!result.ok) return { message: result.error };
    revalidatePath(`/learn/${course}/${lesson}`);
    if (done === "true" && continueTo) redirect(`/learn/${course}/${continueTo}`);
    return {};
  },
});

/** The one-time safety acknowledgement; only an active learner can give it. */
export const acknowledgeSafety = formAction({
  guard: () => requireUser(),
  schema: lessonRef.extend({ understood: z.literal("yes", { error: "Tick the box to say you have read this." }) }),
  async run({ course, lesson }, { user }): Promise<FormState> {
    const result = await (await services()).learning.acknowledgeSafety(user, course);
    if (!result.ok) return { message: result.error };
    redirect(`/learn/${course}/${lesson}`);
  },
});
