"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireLearner } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { formAction, formValues, type FormState } from "@/lib/platform/forms/action";
import { MAX_ANSWER_LENGTH } from "@/lib/course/learning/reflection-rules";
import { cleanText } from "@/lib/platform/validation/text";
import { slugSchema } from "@/lib/routines/schema";

const lessonRef = z.object({ course: slugSchema, lesson: slugSchema });

/**
 * Mark complete / not complete; "Complete and continue" also names where to go next (the next
 * lesson, or the finish screen after the last). The service checks access to the lesson.
 */
const REFLECTION_FIELD = /^reflection:([0-9a-f]{16})$/;
const answerSchema = cleanText({ multiline: true }).max(MAX_ANSWER_LENGTH, "Keep an answer under 10,000 characters.");
const answersSchema = z.record(z.string().regex(/^[0-9a-f]{16}$/), answerSchema).default({});

/** The reflection boxes belong to the completing form too (form="…"): their text arrives as reflection:<prompt id>. */
function readWithAnswers(form: FormData) {
  const answers: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    const match = REFLECTION_FIELD.exec(name);
    if (match && typeof value === "string") answers[match[1]!] = value;
  }
  return { ...formValues(form), answers };
}

export const setLessonComplete = formAction({
  guard: () => requireLearner(),
  schema: lessonRef.extend({ done: z.enum(["true", "false"]), continueTo: z.union([slugSchema, z.literal("finished")]).optional(), answers: answersSchema }),
  read: readWithAnswers,
  async run({ course, lesson, done, continueTo, answers }, { user }): Promise<FormState> {
    const result = await (await services()).learning.setComplete(user, course, lesson, done === "true", answers);
    if (!result.ok) return { message: result.error };
    revalidatePath(`/learn/${course}/${lesson}`);
    if (done === "true" && continueTo) redirect(`/learn/${course}/${continueTo}`);
    return {};
  },
});

/** The one-time safety acknowledgement; only an active learner can give it. */
export const acknowledgeSafety = formAction({
  guard: () => requireLearner(),
  schema: lessonRef.extend({ understood: z.literal("yes", { error: "Tick the box to say you have read this." }) }),
  async run({ course, lesson }, { user }): Promise<FormState> {
    const result = await (await services()).learning.acknowledgeSafety(user, course);
    if (!result.ok) return { message: result.error };
    redirect(`/learn/${course}/${lesson}`);
  },
});

/** Autosave of one reflection answer while the learner types (the box saves again on "continue"). */
export const saveReflectionAnswer = formAction({
  guard: () => requireLearner(),
  schema: lessonRef.extend({ prompt: z.string().regex(/^[0-9a-f]{16}$/, "That question does not exist."), answer: answerSchema }),
  async run({ course, lesson, prompt, answer }, { user }): Promise<FormState> {
    const result = await (await services()).learning.saveReflection(user, course, lesson, prompt, answer);
    if (!result.ok) return { message: result.error };
    return { savedAt: new Date().toISOString() };
  },
});
