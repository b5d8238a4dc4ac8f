import Link from "next/link";
import { AdminTable, stackedCell, stackedRow } from "@/app/_ui/admin-table";
import { Notice } from "@/app/_ui/notice";
import { adminTitle } from "@/app/admin/admin-title";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { PEOPLE_FILTERS, type PeopleFilter } from "@/lib/people/filters";
import type { PersonRow } from "@/lib/people/service";
import { peopleQuerySchema } from "@/lib/people/schema";

export const generateMetadata = adminTitle("People");

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

const FILTER_LABELS: Record<PeopleFilter, string> = {
  reader: "Readers",
  learner: "Learners",
  booked: "Booked a call",
  bought: "Bought",
  suppressed: "Not mailed",
};

const TAGS: { key: PeopleFilter; label: string }[] = [
  { key: "reader", label: "Reader" },
  { key: "learner", label: "Learner" },
  { key: "booked", label: "Booked" },
  { key: "bought", label: "Bought" },
  { key: "suppressed", label: "Not mailed" },
];

function href(query: { q?: string; filter?: PeopleFilter; page?: number }) {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.filter) params.set("filter", query.filter);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return `/admin/people${search ? `?${search}` : ""}`;
}

export default async function PeoplePage({ searchParams }: PageProps<"/admin/people">) {
  await requireAdmin();
  const raw = await searchParams;
  const query = peopleQuerySchema.parse(raw);
  const { rows, counts, total, pageSize } = await (await services()).people.list({ search: query.q, filter: query.filter, page: query.page });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (query.page - 1) * pageSize + 1;

  return (
    <>
      <h1 className="text-4xl">People</h1>
      <p className="mt-2 max-w-2xl text-ink-muted">
        Everyone the site knows by email: readers, members, learners, people who booked a call or bought the course. Open someone to see
        their whole story with you.
      </p>
      {raw.erased === "1" ? (
        <div className="mt-6">
          <Notice tone="success" live>
            Erased. Their orders stay for your accounts, without their name or address.
          </Notice>
        </div>
      ) : null}

      <form method="get" role="search" className="mt-6 flex flex-wrap items-end gap-3">
        {query.filter ? <input type="hidden" name="filter" value={query.filter} /> : null}
        <label className="block min-w-0 flex-1 basis-64">
          <span className="font-semibold">Search by name or email</span>
          <input name="q" type="search" defaultValue={query.q ?? ""} className="mt-1.5 block w-full rounded-xl border border-line bg-surface px-4 py-2.5" />
        </label>
        <button type="submit" className="inline-flex min-h-11 items-center justify-center rounded-full bg-moss px-5 font-semibold text-on-moss">
          Search
        </button>
      </form>

      <nav aria-label="Show only" className="mt-5">
        <ul className="flex flex-wrap gap-2">
          <li>
            <FilterLink href={href({ q: query.q })} current={!query.filter} label="Everyone" count={counts.all} />
          </li>
          {PEOPLE_FILTERS.map((filter) => (
            <li key={filter}>
              <FilterLink href={href({ q: query.q, filter })} current={query.filter === filter} label={FILTER_LABELS[filter]} count={counts[filter]} />
            </li>
          ))}
        </ul>
      </nav>

      <p className="mt-5 text-sm text-ink-muted" aria-live="polite">
        {total === 0 ? "Nobody matches." : `Showing ${first}–${first + rows.length - 1} of ${total.toLocaleString("en")}`}
      </p>
      {/* One table: on a phone each person is a card (three columns do not fit 390 px). */}
      <AdminTable label="People" columns={["Person", "What they do here", "First seen"]} minWidth="36rem" stack>
        {rows.map((row) => (
          <tr key={row.id} role="row" className={stackedRow}>
            <td role="cell" className={stackedCell}>
              <Link href={`/admin/people/${row.id}`} prefetch={false} className="row-link">
                {row.name ?? row.email}
              </Link>
              {row.name ? <span className="row-sub">{row.email}</span> : null}
            </td>
            <td role="cell" className={stackedCell}>
              <Tags row={row} />
            </td>
            <td role="cell" className={`${stackedCell} whitespace-nowrap text-ink-muted sm:text-ink max-sm:mt-2`}>
              <span className="sm:hidden">First seen </span>
              {day.format(row.firstSeenAt)}
            </td>
          </tr>
        ))}
      </AdminTable>

      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-5 flex items-center justify-between gap-3">
          {query.page > 1 ? (
            <Link href={href({ ...query, page: query.page - 1 })} prefetch={false} className="font-semibold text-moss-strong underline underline-offset-4">
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-ink-muted">
            Page {query.page} of {pages}
          </span>
          {query.page < pages ? (
            <Link href={href({ ...query, page: query.page + 1 })} prefetch={false} className="font-semibold text-moss-strong underline underline-offset-4">
              Older →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}

function Tags({ row }: { row: PersonRow }) {
  const tags = TAGS.filter((tag) => row[tag.key]);
  if (tags.length === 0) return null;
  return (
    <ul aria-label="What they do here" className="tags">
      {tags.map((tag) => (
        <li key={tag.key} className={tag.key === "suppressed" ? "tag bg-clay/15" : "tag"}>
          {tag.label}
        </li>
      ))}
    </ul>
  );
}

function FilterLink({ href: target, current, label, count }: { href: string; current: boolean; label: string; count: number }) {
  return (
    <Link
      href={target}
      prefetch={false}
      aria-current={current ? "page" : undefined}
      className={`inline-flex min-h-11 items-center gap-2 rounded-full border px-4 text-sm font-semibold ${current ? "border-moss bg-moss text-on-moss" : "border-line bg-surface hover:bg-sand"}`}
    >
      {label}
      <span className={current ? "" : "text-ink-muted"}>{count.toLocaleString("en")}</span>
    </Link>
  );
}
