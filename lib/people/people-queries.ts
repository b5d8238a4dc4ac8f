import { eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { people, personNotes } from "@/db/schema";

import type { PeopleFilter } from "./filters";

/**
 * What each filter means, as a condition on `p` (a row of people). Each is an index probe per
 * person (see the indexes on subscribers, users, enrollments, bookings, orders, suppressions).
 */
function condition(filter: PeopleFilter, now: Date): SQL {
  switch (filter) {
    case "reader":
      return sql`exists (select 1 from subscribers s where s.email = p.email and s.status = 'confirmed')`;
    case "learner":
      return sql`exists (select 1 from users u join enrollments e on e.user_id = u.id where u.email = p.email and e.revoked_at is null)`;
    case "booked":
      return sql`exists (select 1 from bookings b where b.email = p.email)`;
    case "bought":
      // Two probes, by address and by account: an OR inside one subquery defeats both indexes.
      return sql`(exists (select 1 from orders o where o.email = p.email and o.status in ('paid', 'refunded', 'disputed'))
        or exists (select 1 from users u join orders o on o.user_id = u.id where u.email = p.email and o.status in ('paid', 'refunded', 'disputed')))`;
    case "suppressed":
      return sql`exists (select 1 from email_suppressions x where x.address = p.email and x.lifted_at is null and (x.until is null or x.until > ${now.toISOString()}::timestamptz))`;
  }
}

/**
 * Matches the address or any name the person gave (account, newsletter, booking). Each "contains"
 * match runs on its own table's trigram index (pg_trgm, migration 0033) and the union of the
 * addresses found is looked up in people by its unique index: one OR across the four would read
 * every person.
 */
function searchCondition(search: string | undefined): SQL {
  if (!search) return sql`true`;
  const pattern = `%${search.replaceAll("\\", "\\\\").replaceAll("%", "\\%").replaceAll("_", "\\_")}%`;
  return sql`p.email in (
    select x.email from people x where x.email ilike ${pattern}
    union select u.email from users u where u.name ilike ${pattern}
    union select s.email from subscribers s where s.first_name ilike ${pattern}
    union select b.email from bookings b where b.name ilike ${pattern})`;
}

export interface PeopleQuery {
  search?: string;
  filter?: PeopleFilter;
  page: number;
  pageSize: number;
}

export interface PersonRow {
  id: string;
  email: string;
  firstSeenAt: Date;
  name: string | null;
  reader: boolean;
  learner: boolean;
  booked: boolean;
  bought: boolean;
  suppressed: boolean;
}

/**
 * The labels and name of each person on a page (`page`: id, email, first_seen_at), newest first.
 * The account is looked up once per row; the labels that hang on it probe by its id (as EXISTS
 * over users joined to enrollments, the planner hashed every enrollment for 50 rows).
 */
function labelledRows(page: SQL, now: Date): SQL {
  return sql`
    with page as (${page}),
    account as (
      select p.*, u.id as user_id, nullif(u.name, '') as user_name
      from page p left join users u on u.email = p.email
    )
    select p.id, p.email, p.first_seen_at as "firstSeenAt",
      coalesce(
        p.user_name,
        (select b.name from bookings b where b.email = p.email order by b.starts_at desc limit 1),
        (select s.first_name from subscribers s where s.email = p.email)
      ) as name,
      ${condition("reader", now)} as reader,
      exists (select 1 from enrollments e where e.user_id = p.user_id and e.revoked_at is null) as learner,
      ${condition("booked", now)} as booked,
      (exists (select 1 from orders o where o.email = p.email and o.status in ('paid', 'refunded', 'disputed'))
        or exists (select 1 from orders o where o.user_id = p.user_id and o.status in ('paid', 'refunded', 'disputed'))) as bought,
      ${condition("suppressed", now)} as suppressed
    from account p
    order by p.first_seen_at desc, p.id desc`;
}

type RawPersonRow = Omit<PersonRow, "firstSeenAt"> & { firstSeenAt: string };
const personRow = (row: RawPersonRow): PersonRow => ({ ...row, firstSeenAt: new Date(row.firstSeenAt) });

/**
 * One page of people, newest first. The page's ids are chosen first (by the index on
 * (first_seen_at, id)) and only those 50 rows get their names and labels, each an index probe by
 * address or by account, so the cost does not grow with the list.
 */
export async function listPeople(db: Executor, query: PeopleQuery, now: Date): Promise<PersonRow[]> {
  const where = sql`${searchCondition(query.search)} and ${query.filter ? condition(query.filter, now) : sql`true`}`;
  const offset = (query.page - 1) * query.pageSize;
  // Browsing everyone, the page is found in the index alone (it holds first_seen_at and id) and
  // only its 50 rows are read: page 500 skipped 25,000 rows of the table to find its own.
  const page =
    query.search || query.filter
      ? sql`select p.id, p.email, p.first_seen_at from people p where ${where}
          order by p.first_seen_at desc, p.id desc limit ${query.pageSize} offset ${offset}`
      : sql`select p.id, p.email, p.first_seen_at from (
            select id from people order by first_seen_at desc, id desc limit ${query.pageSize} offset ${offset}
          ) ids join people p on p.id = ids.id`;
  const rows = await db.execute<RawPersonRow>(labelledRows(page, now));
  return rows.map(personRow);
}

/**
 * A search's page and its counts in one statement: the trigram lookups (searchCondition) run
 * once, into `matched`, and both the page and the count under each filter read from it. Run as
 * two statements, every search paid for its lookups twice.
 */
export async function searchPeople(db: Executor, query: PeopleQuery & { search: string }, now: Date): Promise<{ rows: PersonRow[]; counts: PeopleCounts }> {
  const counted = (filter: PeopleFilter) => sql`(select count(*)::int from matched p where ${condition(filter, now)})`;
  const page = sql`select p.id, p.email, p.first_seen_at from matched p where ${query.filter ? condition(query.filter, now) : sql`true`}
    order by p.first_seen_at desc, p.id desc limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`;
  const [row] = await db.execute<{ counts: PeopleCounts; rows: RawPersonRow[] }>(sql`
    with matched as materialized (select p.id, p.email, p.first_seen_at from people p where ${searchCondition(query.search)})
    select
      json_build_object('all', (select count(*)::int from matched), 'reader', ${counted("reader")}, 'learner', ${counted("learner")},
        'booked', ${counted("booked")}, 'bought', ${counted("bought")}, 'suppressed', ${counted("suppressed")}) as counts,
      coalesce((select json_agg(labelled order by labelled."firstSeenAt" desc, labelled.id desc) from (${labelledRows(page, now)}) labelled), '[]'::json) as rows`);
  return { rows: (row?.rows ?? []).map(personRow), counts: row?.counts ?? { all: 0, reader: 0, learner: 0, booked: 0, bought: 0, suppressed: 0 } };
}

export type PeopleCounts = Record<"all" | PeopleFilter, number>;

/** How many people match the search, in all and under each filter: the numbers on the filter links. */
export async function countPeople(db: Executor, search: string | undefined, now: Date): Promise<PeopleCounts> {
  if (!search) {
    const [tallied, roles] = await Promise.all([countTallied(db), countRoles(db, now)]);
    return { ...tallied, ...roles };
  }
  // The search runs once; then one count per filter, each its own WHERE, so the planner makes
  // each EXISTS a hash semi-join (a FILTER clause would probe the indexes person by person).
  const counted = (filter: PeopleFilter) => sql`(select count(*)::int from matched p where ${condition(filter, now)})`;
  const [row] = await db.execute<Record<"all" | PeopleFilter, number>>(sql`
    with matched as materialized (select p.email from people p where ${searchCondition(search)})
    select (select count(*)::int from matched) as "all",
      ${counted("reader")} as reader, ${counted("learner")} as learner, ${counted("booked")} as booked,
      ${counted("bought")} as bought, ${counted("suppressed")} as suppressed`);
  return row ?? { all: 0, reader: 0, learner: 0, booked: 0, bought: 0, suppressed: 0 };
}

/** "Everyone" and "Readers": running tallies (migrations 0034 and 0036), exact and one probe each. */
export async function countTallied(db: Executor): Promise<Pick<PeopleCounts, "all" | "reader">> {
  const [row] = await db.execute<Pick<PeopleCounts, "all" | "reader">>(sql`
    select
      (select coalesce(sum(n), 0)::int from tallies where name = 'people:all') as "all",
      (select coalesce(sum(n), 0)::int from tallies where name = 'subscribers:confirmed') as reader`);
  return row ?? { all: 0, reader: 0 };
}

/**
 * The other filter counts over everyone, from each filter's own table: every address there is a
 * person (register_people, migration 0036) except erased placeholders, so counting the distinct
 * addresses there equals counting the people who match, without reading all people once per
 * filter. Their cost follows those tables (27 ms at 8,000 guests and 2,000 buyers); the service
 * keeps them for a few seconds.
 */
export async function countRoles(db: Executor, now: Date): Promise<Omit<PeopleCounts, "all" | "reader">> {
  const live = (column: SQL) => sql`${column} not like '%@erased.invalid'`;
  const [row] = await db.execute<Omit<PeopleCounts, "all" | "reader">>(sql`
    select
      (select count(*)::int from (select distinct e.user_id from enrollments e where e.revoked_at is null) enrolled
        join users u on u.id = enrolled.user_id where ${live(sql`u.email`)}) as learner,
      (select count(*)::int from (select distinct b.email from bookings b where ${live(sql`b.email`)}) booked) as booked,
      (select count(*)::int from (
        select o.email from orders o where o.email is not null and o.status in ('paid', 'refunded', 'disputed')
        union select u.email from users u join orders o on o.user_id = u.id where o.status in ('paid', 'refunded', 'disputed')
      ) bought where ${live(sql`bought.email`)}) as bought,
      (select count(distinct x.address)::int from email_suppressions x
        where x.lifted_at is null and (x.until is null or x.until > ${now.toISOString()}::timestamptz)
          and exists (select 1 from people p where p.email = x.address)) as suppressed`);
  return row ?? { learner: 0, booked: 0, bought: 0, suppressed: 0 };
}

export async function findPerson(db: Executor, id: string) {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row ?? null;
}

export async function findPersonByEmail(db: Executor, email: string) {
  const [row] = await db.select().from(people).where(eq(people.email, email.toLowerCase()));
  return row ?? null;
}

/** Person ids for the addresses a back-office list shows, so each can link to its person. */
export async function personIdsByEmail(db: Executor, emails: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(emails.map((email) => email.toLowerCase()))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: people.id, email: people.email }).from(people).where(inArray(people.email, wanted));
  return new Map(rows.map((row) => [row.email, row.id]));
}

export async function insertNote(db: Executor, personId: string, body: string, now: Date) {
  const [row] = await db.insert(personNotes).values({ personId, body, createdAt: now }).returning();
  return row!;
}
