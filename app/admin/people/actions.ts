"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { formAction, type FormState } from "@/lib/platform/forms/action";
import { coachErasureSchema, personNoteSchema } from "@/lib/people/schema";

export const addPersonNote = formAction({
  guard: requireAdmin,
  schema: personNoteSchema,
  async run({ personId, body }, { values }): Promise<FormState> {
    const added = await (await services()).people.addNote(personId, body);
    if (!added) return { values, errors: { form: "This person is no longer here: they were erased." } };
    revalidatePath(`/admin/people/${personId}`);
    return { savedAt: new Date().toISOString() };
  },
});

export const erasePersonByCoach = formAction({
  guard: requireAdmin,
  schema: coachErasureSchema,
  async run({ personId, confirm }, { values }): Promise<FormState> {
    const { people, privacy } = await services();
    const person = await people.find(personId);
    if (!person) return { values, errors: { form: "This person was already erased." } };
    if (confirm !== person.email) return { values, errors: { confirm: "Type the address exactly as shown to confirm." } };
    const outcome = await privacy.eraseByCoach(person.email);
    if (!outcome.ok) return { values, errors: { form: outcome.error } };
    revalidatePath("/admin/people");
    redirect("/admin/people?erased=1");
  },
});
