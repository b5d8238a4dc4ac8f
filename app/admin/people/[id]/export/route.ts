import { notFound } from "next/navigation";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { personIdSchema } from "@/lib/people/schema";
import { personalDataResponse } from "@/lib/privacy/export-response";

/** Everything held about one person, for the coach to send them (a subject access request). */
export async function GET(_request: Request, context: RouteContext<"/admin/people/[id]/export">) {
  await requireAdmin();
  const id = personIdSchema.safeParse((await context.params).id);
  if (!id.success) notFound();
  const { people, privacy } = await services();
  const person = await people.find(id.data);
  if (!person) notFound();
  return personalDataResponse(await privacy.exportData(person.email));
}
