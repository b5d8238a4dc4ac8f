import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { loadDashboard } from "@/lib/admin/dashboard";
import { requireAdmin } from "@/lib/auth/guards";
import { requestTime as connectionTime } from "@/lib/request-time";

export const metadata: Metadata = { title: "Dashboard" };

function Figure({ label, value, note, href }: { label: string; value: number; note?: string; href?: string }) {
  const body = (
    <>
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="mt-1 font-serif text-4xl">{value.toLocaleString("en-US")}</dd>
      {note ? <dd className="mt-1 text-sm text-ink-muted">{note}</dd> : null}
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

export default async function DashboardPage() {
  await requireAdmin();
  const figures = await loadDashboard(getDb(), new Date(await connectionTime()));
  return (
    <>
      <h1 className="text-4xl">Dashboard</h1>
      <div className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Figure label="Routines published" value={figures.routines.published} note={`${figures.routines.draft} in draft`} />
        <Figure label="Upcoming consultations" value={figures.upcomingBookings} href="/admin/bookings" />
        <Figure label="Course lessons" value={figures.lessons} />
        <Figure label="People with an account" value={figures.people} />
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
