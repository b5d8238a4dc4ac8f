import { desc, eq, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { people, personNotes } from "@/db/schema";

export const PEOPLE_FILTERS = ["reader", "learner", "booked", "bought", "suppressed"] as const;
export type PeopleFilter = (typeof PEOPLE_FILTERS)[number];

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
      return sql`exists (select 1 from orders o where o.status in ('paid', 'refunded', 'disputed') and (o.email = p.email or o.user_id = (select u.id from users u where u.email = p.email)))`;
    case "suppressed":
      return sql`exists (select 1 from email_suppressions x where x.address = p.email and x.lifted_at is null and (x.until is null or x.until > ${now.toISOString()}::timestamptz))`;
  }
}

/** Matches the address or any name the person gave (account, newsletter, booking). */
function searchCondition(search: string | undefined): SQL {
  if (!search) return sql`true`;
  const pattern = `%${search.replaceAll("\\", "\\\\").replaceAll("%", "\\%").replaceAll("_", "\\_")}%`;
  return sql`(p.email ilike ${pattern}
    or exists (select 1 from users u where u.email = p.email and u.name ilike ${pattern})
    or exists (select 1 from subscribers s where s.email = p.email and s.first_name ilike ${pattern})
    or exists (select 1 from bookings b where b.email = p.email and b.name ilike ${pattern}))`;
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
 * One page of people, newest first. The page's ids are chosen first and only those 50 rows get
 * their names and labels, so the cost does not grow with the list.
 */
export async function listPeople(db: Executor, query: PeopleQuery, now: Date): Promise<PersonRow[]> {
  const where = sql`${searchCondition(query.search)} and ${query.filter ? condition(query.filter, now) : sql`true`}`;
  const rows = await db.execute<{
    id: string;
    email: string;
    first_seen_at: string;
    name: string | null;
    reader: boolean;
    learner: boolean;
    booked: boolean;
    bought: boolean;
    suppressed: boolean;
  }>(sql`
    with page as (
      select p.id, p.email, p.first_seen_at from people p
      where ${where}
      order by p.first_seen_at desc, p.id
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}
    )
    select p.id, p.email, p.first_seen_at,
      coalesce(
        (select nullif(u.name, '') from users u where u.email = p.email),
        (select b.name from bookings b where b.email = p.email order by b.starts_at desc limit 1),
        (select s.first_name from subscribers s where s.email = p.email)
      ) as name,
      ${condition("reader", now)} as reader,
      ${condition("learner", now)} as learner,
      ${condition("booked", now)} as booked,
      ${condition("bought", now)} as bought,
      ${condition("suppressed", now)} as suppressed
    from page p
    order by p.first_seen_at desc, p.id`);
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    firstSeenAt: new Date(row.first_seen_at),
    name: row.name,
    reader: row.reader,
    learner: row.learner,
    booked: row.booked,
    bought: row.bought,
    suppressed: row.suppressed,
  }));
}

export type PeopleCounts = Record<"all" | PeopleFilter, number>;

/** How many people match the search, in all and under each filter: the numbers on the filter links. */
export async function countPeople(db: Executor, search: string | undefined, now: Date): Promise<PeopleCounts> {
  const [row] = await db.execute<Record<"all" | PeopleFilter, number>>(sql`
    select count(*)::int as "all",
      count(*) filter (where ${condition("reader", now)})::int as reader,
      count(*) filter (where ${condition("learner", now)})::int as learner,
      count(*) filter (where ${condition("booked", now)})::int as booked,
      count(*) filter (where ${condition("bought", now)})::int as bought,
      count(*) filter (where ${condition("suppressed", now)})::int as suppressed
    from people p where ${searchCondition(search)}`);
  return row ?? { all: 0, reader: 0, learner: 0, booked: 0, bought: 0, suppressed: 0 };
}

export async function findPerson(db: Executor, id: string) {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row ?? null;
}

export async function findPersonByEmail(db: Executor, email: string) {
  const [row] = await db.select().from(people).where(eq(people.email, email.toLowerCase()));
  return row ?? null;
}

export async function insertNote(db: Executor, personId: string, body: string, now: Date) {
  const [row] = await db.insert(personNotes).values({ personId, body, createdAt: now }).returning();
  return row!;
}

export async function latestNotes(db: Executor, personId: string) {
  return db.select().from(personNotes).where(eq(personNotes.personId, personId)).orderBy(desc(personNotes.createdAt));
}
