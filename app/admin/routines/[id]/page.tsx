import { editableStep } from "@/lib/routines/service";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Notice } from "@/app/_ui/notice";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import type { RoutineInput } from "@/lib/routines/schema";
import { RoutineEditor } from "../routine-editor";
import { adminTitle } from "@/app/admin/admin-title";

export const generateMetadata = adminTitle("Edit routine");

export default async function EditRoutinePage({ params, searchParams }: PageProps<"/admin/routines/[id]">) {
  await requireAdmin();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const [routine, query] = await Promise.all([(await services()).routines.findForEditing(id.data), searchParams]);
  if (!routine) notFound();
  const initial: RoutineInput = {
    slug: routine.slug,
    title: routine.title,
    summary: routine.summary,
    bodyAreas: routine.bodyAreas as RoutineInput["bodyAreas"],
    equipment: routine.equipment as RoutineInput["equipment"],
    difficulty: routine.difficulty,
    whyItWorks: routine.whyItWorks,
    cautions: routine.cautions,
    status: routine.status,
    imageAlt: routine.imageAlt,
    removeImage: false,
    steps: routine.steps.map(editableStep),
  };
  return (
    <>
      <p>
        <Link href="/admin/routines" className="text-ink-muted underline underline-offset-4 hover:text-ink">← All routines</Link>
      </p>
      <div className="mt-3 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-4xl">{routine.title}</h1>
        {routine.status === "published" ? (
          <Link href={`/routines/${routine.slug}`} className="font-semibold text-moss-strong underline underline-offset-4">View the public page</Link>
        ) : null}
      </div>
      {query.created ? <div className="mt-4"><Notice tone="success" live>Created.</Notice></div> : null}
      {query.duplicated ? <div className="mt-4"><Notice tone="success" live>This is a draft copy. Change what you like, then publish it.</Notice></div> : null}
      <RoutineEditor id={routine.id} initial={initial} imageUrl={routine.imageKey ? `/uploads/${routine.imageKey}` : null} />
    </>
  );
}
