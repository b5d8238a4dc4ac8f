import { PersonLink } from "@/app/admin/person-link";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { SUBSCRIBERS_PAGE_SIZE } from "@/lib/newsletter/admin";
import { subscriberCursorSchema, subscriberFiltersSchema } from "@/lib/newsletter/schema";
import { pageCursorParam } from "@/lib/platform/validation/page-cursor";
import { describeSuppression } from "@/lib/email/suppression-rules";
import { sourceLabel } from "@/lib/newsletter/source-label";
import { getRoutineCards } from "@/lib/composition/public-reads";
import { ImportForm } from "./import-form";
import { liftSuppression } from "./actions";
import { AdminTable } from "@/app/_ui/admin-table";
import { adminTitle } from "@/app/admin/admin-title";
import { PageLinks } from "@/app/_ui/page-links";

export const generateMetadata = adminTitle("Subscribers");

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const control = "mt-1.5 block w-full rounded-xl border border-line bg-surface px-4 py-2.5";

export default async function SubscribersPage({ searchParams }: PageProps<"/admin/subscribers">) {
  await requireAdmin();
  const params = await searchParams;
  const filters = subscriberFiltersSchema.parse(params);
  const cursor = subscriberCursorSchema.parse(params);
  const admin = (await services()).subscribers;
  const { deliveryEvents } = await services();
  const [{ rows, total, hasNewer, hasOlder }, sources, suppressed, routines] = await Promise.all([
    admin.page({ query: filters.q, status: filters.status, source: filters.source }, cursor),
    admin.sources(),
    deliveryEvents ? deliveryEvents.listSuppressed() : [],
    getRoutineCards(),
  ]);
  const personIds = await (await services()).people.idsByEmail(rows.map((row) => row.email));
  const label = (source: string) => sourceLabel(source, (slug) => routines.find((routine) => routine.slug === slug)?.title);
  const suppressedAddresses = new Set(suppressed.map((row) => row.address));
  const exportQuery = new URLSearchParams(Object.entries(filters).filter(([, value]) => value) as [string, string][]).toString();
  const pageLink = (side: "after" | "before", row: { signedUpAt: Date; id: string }) =>
    `/admin/subscribers?${new URLSearchParams([...new URLSearchParams(exportQuery), [side, pageCursorParam(row.signedUpAt, row.id)]]).toString()}`;

  return (
    <>
      <h1 className="text-4xl">Subscribers</h1>
      <form method="get" className="mt-6 grid gap-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
        <label className="block">
          <span className="font-semibold">Search by email</span>
          <input name="q" type="search" defaultValue={filters.q ?? ""} className={control} />
        </label>
        <label className="block">
          <span className="font-semibold">Status</span>
          <select name="status" defaultValue={filters.status ?? ""} className={control}>
            <option value="">Any</option>
            <option value="confirmed">Confirmed</option>
            <option value="pending">Waiting for confirmation</option>
            <option value="unsubscribed">Unsubscribed</option>
          </select>
        </label>
        <label className="block">
          <span className="font-semibold">Source</span>
          <select name="source" defaultValue={filters.source ?? ""} className={control}>
            <option value="">Any</option>
            {sources.map((source) => (
              <option key={source} value={source}>{label(source)}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="inline-flex min-h-11 items-center justify-center rounded-full bg-moss px-5 font-semibold text-on-moss">Show</button>
      </form>
      <p className="mt-4">
        <a href={`/admin/subscribers/export${exportQuery ? `?${exportQuery}` : ""}`} className="font-semibold text-moss-strong underline underline-offset-4">
          Download {total === 1 ? "this one" : `these ${total.toLocaleString("en-US")}`} as CSV
        </a>
      </p>
      {suppressed.length ? (
        <section aria-labelledby="suppressed-heading" className="mt-8 rounded-3xl border border-line bg-surface p-6">
          <h2 id="suppressed-heading" className="text-2xl">Not mailed: bounced or complained</h2>
          <p className="mt-2 text-ink-muted">
            Letters and welcome mail skip these addresses, so mailbox providers keep trusting yours. Mail they ask for (a sign-in link, a receipt,
            a booking) is still tried once. Lift one when the reader tells you their mailbox works again.
          </p>
          <ul className="mt-4 space-y-3">
            {suppressed.map((row) => (
              <li key={row.address} className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-line p-4">
                <div>
                  <p className="font-semibold">{row.address}</p>
                  <p className="text-sm text-ink-muted">
                    Since {day.format(row.suppressedAt)}: {describeSuppression(row)}
                    {row.until ? `, until ${day.format(row.until)}` : ""}.{row.detail ? ` “${row.detail}”` : ""}
                  </p>
                </div>
                <form action={liftSuppression}>
                  <input type="hidden" name="address" value={row.address} />
                  <button type="submit" className="inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm hover:bg-sand">
                    Mail them again<span className="sr-only"> ({row.address})</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <AdminTable label="Subscribers" columns={["Email", "Name", "Status", "Source", "Signed up", "Confirmed"]} minWidth="40rem" empty={rows.length === 0 ? <p className="p-4 text-ink-muted">Nobody matches.</p> : null}>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-line/60 last:border-0">
                <td className="px-4 py-3"><PersonLink email={row.email} ids={personIds} /></td>
                <td className="px-4 py-3">{row.firstName ?? "—"}</td>
                <td className="px-4 py-3">{row.status}{suppressedAddresses.has(row.email) ? " · not mailed (bounced or complained)" : ""}</td>
                <td className="px-4 py-3">{label(row.source)}</td>
                <td className="px-4 py-3 whitespace-nowrap">{day.format(row.signedUpAt)}</td>
                <td className="px-4 py-3 whitespace-nowrap">{row.confirmedAt ? day.format(row.confirmedAt) : "—"}</td>
              </tr>
            ))}
          </AdminTable>
      <PageLinks
        label="Pages of subscribers"
        newer={hasNewer ? { href: pageLink("before", rows[0]!), text: "← Newer" } : null}
        older={hasOlder ? { href: pageLink("after", rows.at(-1)!), text: "Older →" } : null}
        summary={`${total.toLocaleString("en-US")} in all, ${SUBSCRIBERS_PAGE_SIZE} a page, newest first`}
      />
      <section aria-labelledby="import-heading" className="mt-10 rounded-3xl border border-line bg-surface p-6">
        <h2 id="import-heading" className="text-2xl">Import from Substack or a spreadsheet</h2>
        <p className="mt-2 text-ink-muted">People in the file become confirmed readers with their original signup date. Anyone who unsubscribed here stays unsubscribed.</p>
        <div className="mt-4"><ImportForm /></div>
      </section>
    </>
  );
}
