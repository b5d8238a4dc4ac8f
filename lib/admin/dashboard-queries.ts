import { sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { activeSuppression, EMAIL_STATUSES, type EmailStatus } from "@/lib/email/public";

type Revenue = { currency: string; total: number; orders: number }[];

export interface DashboardFigures {
  routines: { published: number; draft: number };
  lessons: number;
  emails: Record<EmailStatus, number>;
  people: number;
  upcomingBookings: number;
  revenue30Days: Revenue;
  revenueAllTime: Revenue;
  learners: number;
  suppressed: number;
  lastLetter: { id: string; subject: string; finishedAt: Date | null; sent: number; failed: number } | null;
  zone: string;
}

/**
 * Every figure on the dashboard but the growth line and today's calls, in one statement. Each is
 * an indexed count, a tally (migration 0034) or a small sum; read as a dozen statements at once,
 * ten dashboards open together were a hundred and twenty round trips queued on one pool.
 */
export async function readDashboardFigures(db: Executor, now: Date): Promise<DashboardFigures> {
  const since = new Date(now.getTime() - 30 * 86_400_000).toISOString();
  const revenue = (from: string | null) => sql`(
    select coalesce(json_agg(json_build_object('currency', currency, 'total', total, 'orders', n) order by currency), '[]'::json) from (
      select currency, sum(amount_paid)::bigint as total, count(*)::int as n from orders
      where status = 'paid' ${from ? sql`and paid_at >= ${from}::timestamptz` : sql``}
      group by currency
    ) r)`;
  const tally = (name: string) => sql`(select coalesce(sum(n), 0)::int from tallies where name = ${name})`;
  const [row] = await db.execute<{
    published: number; draft: number; lessons: number; emails: Record<string, number> | null; people: number; upcoming: number;
    revenue30: Revenue; revenueAll: Revenue; learners: number; suppressed: number;
    letter: { id: string; subject: string; finishedAt: string | null; sent: number; failed: number } | null; zone: string | null;
  }>(sql`
    select
      (select count(*)::int from routines where status = 'published') as published,
      (select count(*)::int from routines where status = 'draft') as draft,
      (select count(*)::int from lessons l join courses c on c.id = l.course_id where l.status = 'published' and c.status = 'published') as lessons,
      (select json_object_agg(substr(name, 14), n) from (select name, sum(n)::int as n from tallies where name like 'email\\_outbox:%' and name not like 'email\\_outbox:letter:%' group by name) t) as emails,
      ${tally("users:all")} as people,
      (select count(*)::int from bookings where status = 'confirmed' and starts_at >= ${now.toISOString()}::timestamptz) as upcoming,
      ${revenue(since)} as "revenue30",
      ${revenue(null)} as "revenueAll",
      (select count(*)::int from enrollments where revoked_at is null) as learners,
      (select count(*)::int from email_suppressions where ${activeSuppression(now)}) as suppressed,
      (select json_build_object('id', b.id, 'subject', b.subject, 'finishedAt', b.finished_at,
        'sent', (select coalesce(sum(n), 0)::int from tallies where name = 'email_outbox:letter:' || b.id || ':sent'),
        'failed', (select coalesce(sum(n), 0)::int from tallies where name = 'email_outbox:letter:' || b.id || ':failed'))
        from broadcasts b where b.status = 'sent' order by b.finished_at desc nulls last limit 1) as letter,
      (select timezone from coach_profile limit 1) as zone`);
  const letter = row?.letter ?? null;
  const emails = Object.fromEntries(EMAIL_STATUSES.map((status) => [status, Number(row?.emails?.[status] ?? 0)])) as Record<EmailStatus, number>;
  return {
    routines: { published: row?.published ?? 0, draft: row?.draft ?? 0 },
    lessons: row?.lessons ?? 0,
    emails,
    people: row?.people ?? 0,
    upcomingBookings: row?.upcoming ?? 0,
    revenue30Days: (row?.revenue30 ?? []).map((entry) => ({ ...entry, total: Number(entry.total) })),
    revenueAllTime: (row?.revenueAll ?? []).map((entry) => ({ ...entry, total: Number(entry.total) })),
    learners: row?.learners ?? 0,
    suppressed: row?.suppressed ?? 0,
    lastLetter: letter ? { ...letter, finishedAt: letter.finishedAt ? new Date(letter.finishedAt) : null } : null,
    zone: row?.zone ?? "UTC",
  };
}
