import Link from "next/link";
import { ButtonLink } from "@/app/_ui/button-link";
import { Notice } from "@/app/_ui/notice";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { deleteRoutine, duplicateRoutine, setRoutineStatus } from "./actions";
import { adminTitle } from "@/app/admin/admin-title";

export const generateMetadata = adminTitle("Routines");

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const smallButton = "inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm hover:bg-sand";

export default async function AdminRoutinesPage({ searchParams }: PageProps<"/admin/routines">) {
  await requireAdmin();
  const [routines, params] = await Promise.all([(await services()).routines.listForAdmin(), searchParams]);
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-4xl">Routines</h1>
          <p className="mt-2 text-ink-muted">Drafts are only visible here. Published routines are public at once.</p>
        </div>
        <ButtonLink href="/admin/routines/new">New routine</ButtonLink>
      </div>
      {params.deleted ? (
        <div className="mt-6">
          <Notice tone="success" live>The routine was deleted.</Notice>
        </div>
      ) : null}
      <ul className="mt-8 space-y-3">
        {routines.map((routine) => (
          <li key={routine.id} className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <Link href={`/admin/routines/${routine.id}`} className="text-lg font-semibold underline-offset-4 hover:underline">
                {routine.title}
              </Link>
              <p className="text-sm text-ink-muted">
                <span className={routine.status === "published" ? "font-semibold text-success" : "font-semibold"}>
                  {routine.status === "published" ? "✓ Published" : "Draft"}
                </span>{" "}
                · /routines/{routine.slug} · updated {when.format(routine.updatedAt)} UTC
              </p>
            </div>
            <div className="flex flex-wrap gap-2">
              <form action={setRoutineStatus}>
                <input type="hidden" name="id" value={routine.id} />
                <input type="hidden" name="status" value={routine.status === "published" ? "draft" : "published"} />
                <button type="submit" className={smallButton} aria-label={`${routine.status === "published" ? "Unpublish" : "Publish"} ${routine.title}`}>
                  {routine.status === "published" ? "Unpublish" : "Publish"}
                </button>
              </form>
              <form action={duplicateRoutine}>
                <input type="hidden" name="id" value={routine.id} />
                <button type="submit" className={smallButton} aria-label={`Duplicate ${routine.title}`}>
                  Duplicate
                </button>
              </form>
              <details className="relative">
                <summary className={`${smallButton} cursor-pointer list-none text-danger`} aria-label={`Delete ${routine.title}`}>
                  Delete…
                </summary>
                <div className="absolute right-0 z-10 mt-2 w-72 rounded-2xl border border-line bg-surface p-4 shadow-lg">
                  <p className="text-sm">Delete “{routine.title}” and its steps for good? Check-ins people made with it go too.</p>
                  <form action={deleteRoutine} className="mt-3">
                    <input type="hidden" name="id" value={routine.id} />
                    <button type="submit" className="inline-flex min-h-11 items-center rounded-full bg-danger px-4 text-sm font-semibold text-surface">
                      Yes, delete it
                    </button>
                  </form>
                </div>
              </details>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
