import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/app/_ui/notice";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { grantAccess, revokeAccess } from "../../actions";
import { AdminTable } from "@/app/_ui/admin-table";
import { adminTitle } from "@/app/admin/admin-title";
import { PageLinks } from "@/app/_ui/page-links";

export const generateMetadata = adminTitle("Learners");

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function LearnersPage({ params, searchParams }: PageProps<"/admin/courses/[id]/learners">) {
  await requireAdmin();
  const { id } = await params;
  const { error, granted, revoked, page: pageParam } = await searchParams;
  const page = Math.max(1, Math.min(100_000, Number.parseInt(typeof pageParam === "string" ? pageParam : "1", 10) || 1));
  const service = (await services()).courseAdmin;
  const data = await service.loadForEditing(id);
  if (!data) notFound();
  const total = data.modules.reduce((sum, module) => sum + module.lessons.filter((lesson) => lesson.status === "published").length, 0);
  const { rows: learners, total: learnerCount, pageSize } = await service.listEnrollments(id, page);
  const pages = Math.max(1, Math.ceil(learnerCount / pageSize));

  return (
    <>
      <p>
        <Link href={`/admin/courses/${id}`} className="text-ink-muted underline underline-offset-4">← {data.course.title}</Link>
      </p>
      <h1 className="mt-2 text-4xl">Learners</h1>
      <div className="mt-4 space-y-2" aria-live="polite">
        {typeof error === "string" ? <Notice tone="error">{error.slice(0, 200)}</Notice> : null}
        {granted ? <Notice tone="success">Access granted. They can sign in with that address.</Notice> : null}
        {revoked ? <Notice tone="success">Access removed.</Notice> : null}
      </div>
      <form action={grantAccess} className="mt-6 flex flex-wrap items-end gap-3 rounded-3xl border border-line bg-surface p-5">
        <input type="hidden" name="courseId" value={id} />
        <label className="block flex-1 font-semibold">
          Give free access to
          <input name="email" type="email" required autoComplete="off" placeholder="name@example.com" className="mt-1 block w-full rounded-xl border border-line bg-surface px-3 py-2" />
        </label>
        <button type="submit" className="min-h-11 rounded-full bg-moss px-5 font-semibold text-on-moss hover:bg-moss-strong">Grant access</button>
      </form>
      <AdminTable label="Learners" columns={["Learner", "How", "Since", "Progress", "Access"]} minWidth="44rem" empty={learners.length === 0 ? <p className="p-4 text-ink-muted">Nobody is enrolled yet.</p> : null}>
            {learners.map((learner) => (
              <tr key={learner.id} className="border-b border-line/60 last:border-0">
                <td className="px-4 py-3">
                  {learner.email}
                  {learner.name ? <span className="block text-ink-muted">{learner.name}</span> : null}
                </td>
                <td className="px-4 py-3">{learner.source === "purchase" ? "Bought" : "Free access"}</td>
                <td className="px-4 py-3 whitespace-nowrap">{day.format(learner.grantedAt)}</td>
                <td className="px-4 py-3">
                  {learner.completed} of {total}
                </td>
                <td className="px-4 py-3">
                  {learner.revokedAt ? (
                    <span>Ended: {learner.revokedReason}</span>
                  ) : (
                    <form action={revokeAccess}>
                      <input type="hidden" name="courseId" value={id} />
                      <input type="hidden" name="enrollmentId" value={learner.id} />
                      <button type="submit" className="min-h-11 font-semibold text-danger underline underline-offset-4">Revoke access</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </AdminTable>
      {pages > 1 ? (
        <PageLinks
          label="Pages of learners"
          newer={page > 1 ? { href: `/admin/courses/${id}/learners?page=${page - 1}`, text: "← Newer" } : null}
          older={page < pages ? { href: `/admin/courses/${id}/learners?page=${page + 1}`, text: "Older →" } : null}
          summary={`Page ${Math.min(page, pages)} of ${pages} (${learnerCount.toLocaleString("en-US")} learners)`}
        />
      ) : null}
    </>
  );
}
