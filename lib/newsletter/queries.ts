import { and, asc, count, desc, eq, ilike, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { newsletterSettings, subscribers, subscriberStatus, tallies, type Subscriber } from "@/db/schema";
import { readTallies } from "@/lib/platform/tallies/queries";

export type { Subscriber } from "@/db/schema";
export const SUBSCRIBER_STATUSES = subscriberStatus.enumValues;
import type { ImportRow } from "./csv-import";

/**
 * Imports one batch of readers who agreed elsewhere, in one statement (the rows travel as a
 * single JSON parameter, so no batch size can reach PostgreSQL's parameter limit). A new address
 * is confirmed with its original sign-up date; one already here is merged (earliest date kept,
 * confirmed); someone who unsubscribed stays unsubscribed.
 */
export async function upsertImportedSubscribers(db: Executor, rows: readonly ImportRow[], values: { source: string; consentText: string; now: Date }) {
  if (rows.length === 0) return { imported: 0, merged: 0, keptUnsubscribed: 0 };
  const payload = JSON.stringify(rows.map((row) => ({ email: row.email, first_name: row.firstName, signed_up_at: (row.signedUpAt ?? values.now).toISOString() })));
  const result = await db.execute<{ inserted: boolean; kept: boolean }>(sql`
    insert into ${subscribers} (email, first_name, status, source, consent_text, signed_up_at, confirmed_at)
    select r.email, r.first_name, 'confirmed', ${values.source}, ${values.consentText}, r.signed_up_at, r.signed_up_at
    from jsonb_to_recordset(${payload}::jsonb) as r(email text, first_name text, signed_up_at timestamptz)
    on conflict (email) do update set
      status = case when ${subscribers.status} = 'unsubscribed' then ${subscribers.status} else 'confirmed' end,
      first_name = coalesce(${subscribers.firstName}, excluded.first_name),
      signed_up_at = case when ${subscribers.status} = 'unsubscribed' then ${subscribers.signedUpAt} else least(${subscribers.signedUpAt}, excluded.signed_up_at) end,
      confirmed_at = case when ${subscribers.status} = 'unsubscribed' then ${subscribers.confirmedAt} else coalesce(${subscribers.confirmedAt}, excluded.signed_up_at) end,
      confirm_token_hash = case when ${subscribers.status} = 'unsubscribed' then ${subscribers.confirmTokenHash} else null end,
      confirm_expires_at = case when ${subscribers.status} = 'unsubscribed' then ${subscribers.confirmExpiresAt} else null end,
      updated_at = now()
    returning (xmax = 0) as inserted, (status = 'unsubscribed') as kept`);
  const returned = result as unknown as { inserted: boolean; kept: boolean }[];
  const imported = returned.filter((row) => row.inserted).length;
  const keptUnsubscribed = returned.filter((row) => !row.inserted && row.kept).length;
  return { imported, merged: returned.length - imported - keptUnsubscribed, keptUnsubscribed };
}

export async function lockSubscriberByEmail(tx: Executor, email: string) {
  const [row] = await tx.select().from(subscribers).where(eq(subscribers.email, email)).for("update");
  return row ?? null;
}

export async function lockSubscriberByConfirmHash(tx: Executor, hash: string) {
  const [row] = await tx.select().from(subscribers).where(eq(subscribers.confirmTokenHash, hash)).for("update");
  return row ?? null;
}

export async function findSubscriber(db: Executor, id: string) {
  const [row] = await db.select().from(subscribers).where(eq(subscribers.id, id));
  return row ?? null;
}

export async function insertSubscriber(tx: Executor, values: typeof subscribers.$inferInsert) {
  await tx.insert(subscribers).values(values);
}

/** Changes one reader; true when the reader exists. */
export async function updateSubscriber(db: Executor, id: string, values: Partial<typeof subscribers.$inferInsert>) {
  const [row] = await db.update(subscribers).set(values).where(eq(subscribers.id, id)).returning({ id: subscribers.id });
  return Boolean(row);
}

export interface SubscriberFilters {
  query?: string;
  status?: Subscriber["status"];
  source?: string;
}

function matching(filters: SubscriberFilters): SQL | undefined {
  const parts: SQL[] = [];
  if (filters.query) parts.push(ilike(subscribers.email, `%${filters.query.replace(/[%_\\]/g, (char) => `\\${char}`)}%`));
  if (filters.status) parts.push(eq(subscribers.status, filters.status));
  if (filters.source) parts.push(eq(subscribers.source, filters.source));
  return parts.length ? and(...parts) : undefined;
}

/** A row a page of the list starts after (or ends before): keyset, so page 2,000 costs what page 1 does. */
export interface SubscriberCursor {
  signedUpAt: Date;
  id: string;
  /** "after": older rows than this one; "before": newer ones. */
  direction: "after" | "before";
}

/** Up to `limit` subscribers, newest first, on the side of `cursor` it names. */
export async function listSubscribers(db: Executor, filters: SubscriberFilters, limit: number, cursor?: SubscriberCursor) {
  const key = cursor ? sql`(${cursor.signedUpAt.toISOString()}::timestamptz, ${cursor.id}::uuid)` : undefined;
  const row = sql`(${subscribers.signedUpAt}, ${subscribers.id})`;
  if (cursor?.direction === "before") {
    const newer = await db
      .select()
      .from(subscribers)
      .where(and(matching(filters), sql`${row} > ${key}`))
      .orderBy(asc(subscribers.signedUpAt), asc(subscribers.id))
      .limit(limit);
    return newer.reverse();
  }
  return db
    .select()
    .from(subscribers)
    .where(and(matching(filters), key ? sql`${row} < ${key}` : undefined))
    .orderBy(desc(subscribers.signedUpAt), desc(subscribers.id))
    .limit(limit);
}

/** How many subscribers match the filters. */
export async function countSubscribers(db: Executor, filters: SubscriberFilters): Promise<number> {
  if (!filters.query && !filters.status && !filters.source) return countAllSubscribers(db);
  const [row] = await db.select({ count: count() }).from(subscribers).where(matching(filters));
  return Number(row?.count ?? 0);
}

/** Confirmed readers per sign-up source, for choosing a letter's audience. */
export async function countConfirmedBySource(db: Executor) {
  const rows = await db
    .select({ source: subscribers.source, count: count() })
    .from(subscribers)
    .where(eq(subscribers.status, "confirmed"))
    .groupBy(subscribers.source)
    .orderBy(subscribers.source);
  return rows.map((row) => ({ source: row.source, count: Number(row.count) }));
}

/**
 * Confirmed readers today and on each of the last `days` days (people who confirmed by then and
 * had not left by then), oldest first: the dashboard's growth line.
 *
 * Today's readers are a running tally (migration 0034). Going back a day takes away that day's
 * confirmations and gives back its departures (a confirmed reader's unsubscribing, counted at the
 * later of the two times); both are tallied per day (migration 0037), so the line reads a range
 * of tally names, whatever the size of the list or of its last 90 days.
 */
export async function confirmedReadersPerDay(db: Executor, now: Date, days: number) {
  const today = sql`(${now.toISOString()}::timestamptz at time zone 'UTC')::date`;
  const dayName = (kind: string, day: SQL) => sql`${`reader_days:${kind}:`} || to_char(${day}, 'YYYY-MM-DD')`;
  const between = (kind: string) => sql`${tallies.name} between ${dayName(kind, sql`${today} - ${days}::int`)} and ${dayName(kind, today)}`;
  const rows = await db.execute<{ day: string; readers: number }>(sql`
    with days as (
      select d::date as day from generate_series(${today} - ${days}::int, ${today}, interval '1 day') as d
    ),
    moves as (
      select to_date(right(${tallies.name}, 10), 'YYYY-MM-DD') as day,
        sum(case when ${tallies.name} like 'reader\_days:joined:%' then ${tallies.n} else -${tallies.n} end) as n
      from ${tallies}
      where (${between("joined")}) or (${between("left")})
      group by 1
    ),
    net as (
      select days.day, coalesce(moves.n, 0) as n from days left join moves on moves.day = days.day
    )
    select to_char(day, 'YYYY-MM-DD') as day,
      ((select coalesce(sum(${tallies.n}), 0) from ${tallies} where ${tallies.name} = 'subscribers:readers')
        - coalesce(sum(n) over (order by day desc rows between unbounded preceding and 1 preceding), 0))::int as readers
    from net
    order by day`);
  return (rows as unknown as { day: string; readers: number }[]).map((row) => ({ day: row.day, readers: Number(row.readers) }));
}

/** How many subscribers match the filters: from the running tallies when nothing is filtered. */
async function countAllSubscribers(db: Executor): Promise<number> {
  const tallied = await readTallies(db, "subscribers:");
  return SUBSCRIBER_STATUSES.reduce((total, status) => total + (tallied.get(status) ?? 0), 0);
}

/**
 * Every sign-up source, in order. Read by hopping through subscribers_source_idx from one source to
 * the next (a "loose index scan"): a handful of index probes, where DISTINCT read every reader.
 */
export async function listSources(db: Executor) {
  const rows = await db.execute<{ source: string }>(sql`
    with recursive found as (
      (select ${subscribers.source} as source from ${subscribers} order by ${subscribers.source} limit 1)
      union all
      select (select s.source from ${subscribers} s where s.source > found.source order by s.source limit 1) from found where found.source is not null
    )
    select source from found where source is not null`);
  return (rows as unknown as { source: string }[]).map((row) => row.source);
}

/** The coach's welcome email, or null until she writes one. */
export async function findWelcome(db: Executor) {
  const [row] = await db.select().from(newsletterSettings).where(eq(newsletterSettings.id, 1)).limit(1);
  return row ? { subject: row.welcomeSubject, body: row.welcomeBody } : null;
}

export async function upsertWelcome(db: Executor, values: { subject: string; body: string }) {
  const row = { welcomeSubject: values.subject, welcomeBody: values.body };
  await db.insert(newsletterSettings).values({ id: 1, ...row }).onConflictDoUpdate({ target: newsletterSettings.id, set: row });
}
