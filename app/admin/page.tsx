import type { ReactNode } from "react";
import { GrowthLine } from "./growth-line";
import Link from "next/link";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { formatPrice } from "@/lib/platform/text/price-and-duration";
import { formatTime } from "@/lib/booking/slot-format";
import { requestTime as connectionTime } from "@/lib/platform/request-time";
import { adminTitle } from "@/app/admin/admin-title";

export const generateMetadata = adminTitle("Dashboard");

function Figure({ label, value, note, href, children }: { label: string; value: number | string; note?: string; href?: string; children?: ReactNode }) {
  const body = (
    <>
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="mt-1 font-serif text-4xl">{typeof value === "number" ? value.toLocaleString("en-US") : value}</dd>
      {note ? <dd className="mt-1 text-sm text-ink-muted">{note}</dd> : null}
      {children ? <dd>{children}</dd> : null}
    </>
  );
  return (
    <div className="rounded-3xl border border-line bg-surface p-6">
      {href ? (
        <Link href={href} className="block hover:underline">
          <dl>{body}</dl>
        </Link>
      ) : (
        <dl>{body}</dl>
      )}
    </div>
  );
}

type Revenue = { currency: string; total: number; orders: number }[];

/** Refunded and disputed orders are not counted; several currencies are listed side by side. */
function money(revenue: Revenue): string {
  return revenue.length ? revenue.map((row) => formatPrice(row.total, row.currency)).join(" + ") : formatPrice(0, "usd");
}

function orderNote(revenue: Revenue): string {
  const orders = revenue.reduce((sum, row) => sum + row.orders, 0);
  return `${orders} paid ${orders === 1 ? "order" : "orders"}`;
}

export default async function DashboardPage() {
  await requireAdmin();
  const now = await connectionTime();
  const figures = await (await services()).dashboard.load(new Date(now));
  return (
    <>
      <h1 className="text-4xl">Dashboard</h1>
      <section aria-labelledby="today-heading" className="mt-8 rounded-3xl border border-line bg-surface p-6">
        <h2 id="today-heading" className="text-2xl">
          Today&apos;s calls
        </h2>
        {figures.today.calls.length ? (
          <ul className="mt-3 divide-y divide-line">
            {figures.today.calls.map((call) => (
              <li key={call.id} className={`flex flex-wrap items-center justify-between gap-2 py-2 ${call.endsAt.getTime() <= now ? "text-ink-muted" : ""}`}>
                <span>
                  <span className="font-semibold tabular-nums">{formatTime(call.startsAt, figures.today.zone)}</span> {call.name}
                  {call.endsAt.getTime() <= now ? " · done" : ""}
                </span>
                <Link href={`/admin/bookings/${call.id}`} prefetch={false} className="inline-flex min-h-11 items-center font-semibold text-moss-strong underline underline-offset-4">
                  Details<span className="sr-only"> of the call with {call.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-ink-muted">No calls today.</p>
        )}
      </section>
      <div className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Figure label="Routines published" value={figures.routines.published} note={`${figures.routines.draft} in draft`} />
        <Figure label="Upcoming consultations" value={figures.upcomingBookings} href="/admin/bookings" />
        <Figure label="Revenue, last 30 days" value={money(figures.revenue30Days)} note={orderNote(figures.revenue30Days)} href="/admin/orders?status=paid" />
        <Figure label="Revenue, all time" value={money(figures.revenueAllTime)} note={orderNote(figures.revenueAllTime)} href="/admin/orders?status=paid" />
        <Figure label="Learners with access" value={figures.learners} note={`${figures.lessons} published ${figures.lessons === 1 ? "lesson" : "lessons"}`} href="/admin/courses" />
        <Figure label="People with an account" value={figures.people} />
        <Figure
          label="Confirmed readers"
          value={figures.readersGrowth.at(-1)?.readers ?? 0}
          note={`${(figures.readersGrowth.at(-1)?.readers ?? 0) - (figures.readersGrowth[0]?.readers ?? 0) >= 0 ? "+" : ""}${(figures.readersGrowth.at(-1)?.readers ?? 0) - (figures.readersGrowth[0]?.readers ?? 0)} in 90 days${figures.suppressed ? ` · ${figures.suppressed} not mailed (bounced or complained)` : ""}`}
          href="/admin/subscribers?status=confirmed"
        >
          <GrowthLine points={figures.readersGrowth} />
        </Figure>
        <Figure
          label="Last letter"
          value={figures.lastLetter ? `${figures.lastLetter.sent} sent` : "None yet"}
          note={figures.lastLetter ? `${figures.lastLetter.failed} failed · ${figures.lastLetter.subject}` : "Write one under Newsletter"}
          href="/admin/broadcasts"
        />
        <Figure
          label="Emails that failed"
          value={figures.emails.failed}
          note={`${figures.emails.queued + figures.emails.sending} waiting, ${figures.emails.sent} sent`}
          href="/admin/emails?status=failed"
        />
      </div>
    </>
  );
}
