/**
 * `npm run bench:people` (and the end of `npm run bench`): the coach's people list, its search
 * and filter counts, and one person's page, on a fresh database holding BENCH_PEOPLE (10,000)
 * people and about ten events each (100,000+: sign-ups, confirmations, bookings, orders,
 * enrolments, lessons, check-ins and emails). Each query runs BENCH_PEOPLE_RUNS (40) times after
 * a warm-up; p50 and p95 are printed. Figures only: nothing here is asserted by a test.
 */
import { createDatabase } from "../db/connect";
import { runMigrations } from "../db/migrate";
import { acquireTestServer, createDatabase as createDatabaseOnServer, dropDatabase, uniqueDatabaseName } from "../db/testing/server";
import { countPeople, listPeople } from "../lib/people/people-queries";
import { loadPersonRecords } from "../lib/privacy/records";
import { buildTimeline } from "../lib/people/timeline";
import { seedDatabase } from "../lib/seed/seed";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const RUNS = Number(process.env.BENCH_PEOPLE_RUNS ?? 40);
const now = new Date();

const server = await acquireTestServer();
const name = uniqueDatabaseName("coach_bench_people");
const url = await createDatabaseOnServer(server.adminUrl, name);
const { db, sql } = createDatabase(url, { max: 4 });

async function timed(label: string, work: () => Promise<unknown>) {
  for (let warm = 0; warm < 3; warm += 1) await work();
  const times: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (share: number) => times[Math.min(times.length - 1, Math.ceil(share * times.length) - 1)]!;
  return { query: label, "p50 ms": Number(at(0.5).toFixed(1)), "p95 ms": Number(at(0.95).toFixed(1)) };
}

try {
  await runMigrations(url);
  await seedDatabase(db, now);
  console.log(`Filling a database with ${PEOPLE.toLocaleString("en")} people ...`);
  const started = Date.now();
  // Everyone reads the letter; a third have accounts; a fifth booked; a tenth bought and learn.
  await sql`
    insert into subscribers (email, first_name, status, source, consent_text, signed_up_at, confirmed_at)
    select 'person' || i || '@bench.example', 'Name' || i, case when i % 10 = 0 then 'unsubscribed' else 'confirmed' end::subscriber_status,
      case when i % 3 = 0 then '/routines/tennis-ball-foot-release' else '/?via=footer' end, 'Yes, send me letters.',
      now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval + interval '5 minutes'
    from generate_series(1, ${PEOPLE}) i`;
  await sql`insert into users (email, name) select 'person' || i || '@bench.example', 'Person ' || i from generate_series(1, ${PEOPLE}) i where i % 3 = 0`;
  await sql`
    insert into bookings (starts_at, ends_at, name, email, timezone, answers, consent_at, manage_token_hash, status, cancelled_at)
    select now() - (i || ' hours')::interval, now() - (i || ' hours')::interval + interval '30 minutes', 'Person ' || i, 'person' || i || '@bench.example', 'UTC',
      '[{"questionId":"q","label":"What brings you here?","answer":"A stiff back"}]'::jsonb, now(), 'bench-' || i,
      case when i % 7 = 0 then 'cancelled' else 'confirmed' end::booking_status, case when i % 7 = 0 then now() end
    from generate_series(1, ${PEOPLE}) i where i % 5 = 0`;
  const [course] = await sql<{ id: string }[]>`select id from courses limit 1`;
  await sql`
    insert into orders (course_id, status, amount, currency, amount_paid, email, user_id, provider, paid_at)
    select ${course!.id}, 'paid', 14900, 'usd', 14900, u.email, u.id, 'local', now() - interval '3 days'
    from users u where u.email ~ '^person[0-9]*0@bench[.]example$'`;
  await sql`
    insert into enrollments (user_id, course_id, source, granted_at, order_id)
    select o.user_id, o.course_id, 'purchase', o.paid_at, o.id from orders o where o.email like '%@bench.example'`;
  await sql`
    insert into lesson_progress (user_id, lesson_id, completed_at)
    select e.user_id, l.id, now() - interval '1 day' from enrollments e join lessons l on l.course_id = e.course_id and l.position <= 3
    on conflict do nothing`;
  const [routine] = await sql<{ id: string }[]>`select id from routines limit 1`;
  await sql`
    insert into routine_check_ins (user_id, routine_id, before, after, completed_at)
    select u.id, ${routine!.id}, 6 + (n % 4), 2 + (n % 3), now() - (n || ' days')::interval
    from users u cross join generate_series(1, 10) n where u.email like '%@bench.example'`;
  await sql`
    insert into email_outbox (kind, template, to_address, from_address, subject, html, text, status, sent_at)
    select 'transactional', 'welcome', s.email, 'coach@example.com', 'Letter ' || n, '', '', 'sent', now() - (n || ' days')::interval
    from subscribers s cross join generate_series(1, 6) n where s.email like '%@bench.example'`;
  // One person the coach has known for a long time: hundreds of letters and check-ins.
  await sql`
    insert into email_outbox (kind, template, to_address, from_address, subject, html, text, status, sent_at)
    select 'newsletter', 'welcome', 'person3@bench.example', 'coach@example.com', 'Old letter ' || n, '', '', 'sent', now() - (n || ' hours')::interval
    from generate_series(1, 600) n`;
  await sql`
    insert into routine_check_ins (user_id, routine_id, before, after, completed_at)
    select u.id, ${routine!.id}, 7, 3, now() - (n || ' hours')::interval from users u cross join generate_series(1, 400) n where u.email = 'person3@bench.example'`;
  await sql`analyze`;
  const [counts] = await sql<{ people: number; events: number }[]>`
    select (select count(*) from people)::int people,
      ((select count(*) * 2 from subscribers) + (select count(*) from bookings) + (select count(*) from orders) + (select count(*) from enrollments)
        + (select count(*) from lesson_progress) + (select count(*) from routine_check_ins) + (select count(*) from email_outbox))::int events`;
  console.log(`${counts!.people.toLocaleString("en")} people and ${counts!.events.toLocaleString("en")} events in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

  const [heavy] = await sql<{ id: string; email: string }[]>`select id::text, email from people where email = 'person3@bench.example'`;
  const context = { now, formatWhen: (date: Date) => date.toISOString(), sourceLabel: (source: string) => source };
  const rows = [
    await timed("people list, page 1", () => listPeople(db, { page: 1, pageSize: 50 }, now)),
    await timed("people list, page 100", () => listPeople(db, { page: 100, pageSize: 50 }, now)),
    await timed("filter counts (all six)", () => countPeople(db, undefined, now)),
    await timed("search 'person12' + counts", () => Promise.all([listPeople(db, { search: "person12", page: 1, pageSize: 50 }, now), countPeople(db, "person12", now)])),
    await timed("filter: bought, page 1", () => listPeople(db, { filter: "bought", page: 1, pageSize: 50 }, now)),
    await timed("person page (1,000+ events)", async () => buildTimeline(await loadPersonRecords(db, { email: heavy!.email, personId: heavy!.id, limit: 200 }), context)),
    await timed("person export (everything)", () => loadPersonRecords(db, { email: heavy!.email, personId: heavy!.id })),
  ];
  console.table(rows);
  console.log(`${RUNS} runs each after a warm-up, through the same queries the pages use, on ${process.env.CI ? "CI" : "this machine"}.`);
} finally {
  await sql.end({ timeout: 5 });
  await dropDatabase(server.adminUrl, name).catch(() => undefined);
  await server.release();
}
