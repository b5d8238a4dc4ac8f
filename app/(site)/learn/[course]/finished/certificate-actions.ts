"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireLearner } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { formAction, type FormState } from "@/lib/platform/forms/action";

export const issueCertificate = formAction({
  guard: () => requireLearner(),
  schema: z.object({ course: z.string().min(1).max(200), name: z.string().max(500) }),
  async run({ course, name }, { user, values }): Promise<FormState> {
    const result = await (await services()).certificates.issue(user, course, name);
    if (!result.ok) return { values, errors: { name: result.error } };
    revalidatePath(`/learn/${course}/finished`);
    return { savedAt: new Date().toISOString() };
  },
});
