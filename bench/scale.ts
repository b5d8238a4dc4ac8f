/**
 * `npm run bench:scale`: the back office of a big practice. A fresh database, through the same
 * migrations and seed as the app, filled to the size of a coach who moved her Substack list over
 * (BENCH_SCALE=1: 100,000 readers, 20,000 members, 200,000 check-ins, 8,000 booked guests, so about
 * 128,000 people; BENCH_SCALE=10 is ten times that). The production build then serves every
 * back-office page and the heaviest member pages to a signed-in coach (and member), 10 requests at
 * once, BENCH_SCALE_REQUESTS (50) per page after a warm-up. Printed per page: p50 and p95 and the
 * HTML bytes against the budget (300 ms at p95, 200 KB); then the query plans behind the slowest
 * three pages, and the server's memory while it streams the whole subscriber export.
 * Figures only, nothing asserted by a test; exits 1 when a page is over budget.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { createDatabase as openDatabase } from "../db/connect";
import { runMigrations } from "../db/migrate";
import { acquireTestServer, createDatabase, databaseUrl, dropDatabase, uniqueDatabaseName } from "../db/testing/server";
import { seedDatabase } from "../lib/seed/seed";
import { freePort } from "../scripts/lib/free-port";
import { log } from "../scripts/lib/log";
import { run } from "../scripts/lib/run";
import { benchNode } from "./tools";

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const READERS = 100_000 * SCALE;
const MEMBERS = 20_000 * SCALE;
const CHECK_INS = 200_000 * SCALE;
const GUESTS = 8_000 * SCALE;
const REQUESTS = Number(process.env.BENCH_SCALE_REQUESTS ?? 50);
const CONCURRENCY = 10;
const ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 3);
const P95_BUDGET_MS = 300;
const HTML_BUDGET_BYTES = 200 * 1024;

const envWithoutDatabase = { ...process.env };
delete envWithoutDatabase.DATABASE_URL;

if (process.env.BENCH_SKIP_BUILD !== "1") {
  log("Building the production app ...");
  const code = await run("npm", ["run", "build"], envWithoutDatabase);
  if (code !== 0) process.exit(code);
}
const serverNode = await benchNode();

/** Fills the database in bulk SQL: the triggers register each address as a person, as in the app. */
async function fill(sql: ReturnType<typeof openDatabase>["sql"]) {
  // Readers: nine in ten confirmed, signed up over the last two years, a few from routine pages.
  await sql`
    insert into subscribers (email, first_name, status, source, consent_text, signed_up_at, confirmed_at)
    select 'reader' || i || '@bench.example', 'Reader' || i, case when i % 10 = 0 then 'unsubscribed' else 'confirmed' end::subscriber_status,
      case when i % 3 = 0 then '/routines/tennis-ball-foot-release' else '/?via=footer' end, 'Yes, send me letters.',
      now() - ((i * 700 / ${READERS}) || ' days')::interval - ((i % 1440) || ' minutes')::interval,
      now() - ((i * 700 / ${READERS}) || ' days')::interval - ((i % 1440) || ' minutes')::interval + interval '5 minutes'
    from generate_series(1, ${READERS}) i`;
  await sql`insert into users (email, name, created_at) select 'member' || i || '@bench.example', 'Member ' || i, now() - ((i % 700) || ' days')::interval from generate_series(1, ${MEMBERS}) i`;
  // Members' practice: 200,000 check-ins spread over them, and 500 for member1 (the heaviest person).
  await sql`
    insert into routine_check_ins (user_id, routine_id, before, after, completed_at)
    select m.id, r.id, 5 + (n % 5), 1 + (n % 4), now() - ((n % 365) || ' days')::interval - ((n % 24) || ' hours')::interval
    from (select id, row_number() over (order by email) rn from users where email like 'member%@bench.example') m
    join generate_series(1, ${CHECK_INS - 500}) n on n % ${MEMBERS} = m.rn - 1
    cross join (select id from routines order by created_at limit 1) r`;
  await sql`
    insert into routine_check_ins (user_id, routine_id, before, after, completed_at)
    select u.id, r.id, 7, 3, now() - (n || ' hours')::interval
    from users u cross join generate_series(1, 500) n cross join (select id from routines order by created_at limit 1) r
    where u.email = 'member1@bench.example'`;
  // One in ten members bought the course; each of them is enrolled and has done a few lessons.
  await sql`
    insert into orders (course_id, status, amount, currency, amount_paid, email, user_id, provider, paid_at, created_at)
    select c.id, case when u.rn % 50 = 0 then 'refunded' else 'paid' end::order_status, 14900, 'usd', 14900, u.email, u.id, 'local',
      now() - ((u.rn % 400) || ' days')::interval, now() - ((u.rn % 400) || ' days')::interval
    from (select id, email, row_number() over (order by email) rn from users where email like 'member%@bench.example') u
    cross join (select id from courses order by created_at limit 1) c
    where u.rn % 10 = 1`;
  await sql`
    insert into enrollments (user_id, course_id, source, granted_at, order_id)
    select o.user_id, o.course_id, 'purchase', o.paid_at, o.id from orders o where o.email like '%@bench.example' and o.status = 'paid'`;
  await sql`
    insert into lesson_progress (user_id, lesson_id, completed_at)
    select e.user_id, l.id, now() - interval '1 day' from enrollments e join lessons l on l.course_id = e.course_id and l.position <= 3
    on conflict do nothing`;
  // Guests: one call each, an hour apart, almost all in the past, a hundred still to come.
  await sql`
    insert into bookings (starts_at, ends_at, name, email, timezone, answers, consent_at, manage_token_hash, status, cancelled_at, created_at)
    select date_trunc('hour', now()) + ((i - ${GUESTS - 100}) * 3 || ' hours')::interval,
      date_trunc('hour', now()) + ((i - ${GUESTS - 100}) * 3 || ' hours')::interval + interval '30 minutes',
      'Guest ' || i, 'guest' || i || '@bench.example', 'Europe/Berlin',
      '[{"questionId":"q","label":"What brings you here?","answer":"A stiff back"}]'::jsonb, now(), 'bench-' || i,
      case when i % 7 = 0 then 'cancelled' else 'confirmed' end::booking_status, case when i % 7 = 0 then now() end,
      date_trunc('hour', now()) + ((i - ${GUESTS - 100}) * 3 - 72 || ' hours')::interval
    from generate_series(1, ${GUESTS}) i`;
  // The mail: a welcome to every reader, a sign-in link to every member, a confirmation to every guest.
  await sql`
    insert into email_outbox (kind, template, to_address, from_address, subject, html, text, status, sent_at, created_at)
    select 'transactional', 'newsletter-welcome', s.email, 'coach@example.com', 'Welcome', '<p>Welcome</p>', 'Welcome', 'sent', s.confirmed_at, s.confirmed_at
    from subscribers s where s.email like '%@bench.example'`;
  await sql`
    insert into email_outbox (kind, template, to_address, from_address, subject, html, text, status, sent_at, created_at)
    select 'transactional', 'sign-in', u.email, 'coach@example.com', 'Your sign-in link', '<p>Sign in</p>', 'Sign in', 'sent', u.created_at, u.created_at
    from users u where u.email like '%@bench.example'`;
  await sql`
    insert into email_outbox (kind, template, to_address, from_address, subject, html, text, status, sent_at, created_at)
    select 'transactional', 'booking-confirmation', b.email, 'coach@example.com', 'Your consultation', '<p>Booked</p>', 'Booked', 'sent', b.created_at, b.created_at
    from bookings b where b.email like '%@bench.example'`;
  // A list that grew over two years has been vacuumed many times: measure that, not a table whose
  // pages are not yet all-visible (every index-only scan would visit the heap).
  await sql`vacuum analyze`;
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(entry);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function waitForHealth(base: string) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const ok = await fetch(`${base}/api/health`).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The app did not become healthy within a minute.");
}

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;

const server = await acquireTestServer();
/** BENCH_SCALE_DATABASE=name measures a database a run kept (BENCH_SCALE_KEEP=1) instead of filling a new one. */
const reused = process.env.BENCH_SCALE_DATABASE;
const name = reused ?? uniqueDatabaseName("coach_bench_scale");
const url = reused ? databaseUrl(server.adminUrl, reused) : await createDatabase(server.adminUrl, name);
let app: ChildProcess | undefined;
let exitCode = 0;
// The fill writes a million rows in one statement at scale 10: no statement timeout for it.
const { db, sql } = openDatabase(url, { max: 2, timeouts: { statementMs: 0, idleInTransactionMs: 0 } });
try {
  await runMigrations(url);
  if (!reused) await seedDatabase(db);
  log(`Filling the database at scale ${SCALE} ...`);
  const started = Date.now();
  if (!reused) await fill(sql);
  const [sizes] = await sql<Record<string, number>[]>`
    select (select count(*) from subscribers)::int subscribers, (select count(*) from users)::int users,
      (select count(*) from routine_check_ins)::int "check-ins", (select count(*) from bookings)::int bookings,
      (select count(*) from people)::int people, (select count(*) from email_outbox)::int emails, (select count(*) from orders)::int orders`;
  log(`Filled in ${((Date.now() - started) / 1000).toFixed(0)} s: ${Object.entries(sizes!).map(([what, count]) => `${count.toLocaleString("en")} ${what}`).join(", ")}.`);

  const coachToken = randomUUID();
  const memberToken = randomUUID();
  const [coach] = await sql<{ id: string }[]>`
    insert into users (email, role) values ('coach@example.com', 'admin') on conflict (email) do update set role = 'admin' returning id`;
  await sql`insert into sessions (session_token, user_id, expires) values (${coachToken}, ${coach!.id}, now() + interval '1 day')`;
  const [member] = await sql<{ id: string }[]>`select id from users where email = 'member1@bench.example'`;
  await sql`insert into sessions (session_token, user_id, expires) values (${memberToken}, ${member!.id}, now() + interval '1 day')`;
  const [heavy] = await sql<{ id: string }[]>`select id from people where email = 'member1@bench.example'`;
  const [guest] = await sql<{ id: string }[]>`select id from bookings where status = 'confirmed' and starts_at > now() order by starts_at limit 1`;
  const [email] = await sql<{ id: string }[]>`select id from email_outbox order by created_at desc limit 1`;
  const [course] = await sql<{ id: string }[]>`select id from courses order by created_at limit 1`;

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // E2E=1 only for /api/dev/query-log, which the query plans are read from.
  app = spawn("npm", ["start", "--", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...envWithoutDatabase,
      PATH: `${path.dirname(serverNode)}${path.delimiter}${process.env.PATH ?? ""}`,
      DATABASE_URL: url,
      APP_URL: base,
      AUTH_SECRET: "bench-only-secret-bench-only-secret-00",
      E2E: "1",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      // --expose-gc lets /api/dev/heap collect before it reads the heap (the export check below).
      // BENCH_SCALE_PROFILE=dir: every Node process of the server also writes a CPU profile there on exit.
      NODE_OPTIONS: ["--expose-gc", ...(process.env.BENCH_SCALE_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_SCALE_PROFILE)}`] : [])].join(" "),
    },
  });
  await waitForHealth(base);

  const coachCookie = `authjs.session-token=${coachToken}`;
  const memberCookie = `authjs.session-token=${memberToken}`;
  const pages: { path: string; cookie: string }[] = [
    "/admin",
    "/admin/people",
    "/admin/people?q=member77",
    "/admin/people?filter=bought",
    "/admin/people?page=500",
    `/admin/people/${heavy!.id}`,
    "/admin/subscribers",
    "/admin/subscribers?q=reader123",
    "/admin/emails",
    `/admin/emails/${email!.id}`,
    "/admin/bookings",
    `/admin/bookings/${guest!.id}/move`,
    "/admin/orders",
    "/admin/courses",
    `/admin/courses/${course!.id}`,
    `/admin/courses/${course!.id}/learners`,
    "/admin/routines",
    "/admin/broadcasts",
    "/admin/availability",
    "/admin/settings",
    "/admin/testimonials",
  ]
    .map((page) => ({ path: page, cookie: coachCookie }))
    .concat([{ path: "/account", cookie: memberCookie }]);

  /** The page's HTML bytes, or null when it did not answer 200 (counted as an error). */
  const fetchPage = async (page: { path: string; cookie: string }) => {
    const response = await fetch(`${base}${page.path}`, { headers: { cookie: page.cookie }, redirect: "manual" });
    const body = await response.arrayBuffer();
    return response.status === 200 ? body.byteLength : null;
  };

  // BENCH_SCALE_PAGES=/admin/people,/account measures only the pages whose paths start so.
  const only = process.env.BENCH_SCALE_PAGES?.split(",");
  const measured = only ? pages.filter((candidate) => only.some((prefix) => candidate.path.startsWith(prefix))) : pages;
  /** `count` requests of one page, CONCURRENCY at once: each one's time, the HTML bytes, the failures. */
  const load = async (page: (typeof pages)[number], count: number) => {
    const times: number[] = [];
    let bytes = 0;
    let errors = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < count) {
          next += 1;
          const begun = performance.now();
          const answered = await fetchPage(page);
          times.push(performance.now() - begun);
          if (answered === null) errors += 1;
          else bytes = answered;
        }
      }),
    );
    return { times, bytes, errors };
  };
  // Warm every page under load before measuring any: a coach meets a server that has run for a
  // while. Measured cold, the first page paid for the whole app's JIT (p95 860 ms for a settings
  // page that answers at 140 ms once warm).
  for (const page of measured) await load(page, 20);
  // ROUNDS rounds, each measuring every page in turn; a page's figures are its median round's.
  // Two cores shared by the server, PostgreSQL and this client: one round's p95 moved by a third
  // from run to run, and a single burst elsewhere on the machine lands on whichever page is measured.
  const rounds = new Map<string, { p50: number; p95: number; bytes: number; errors: number }[]>();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const page of measured) {
      const { times, bytes, errors } = await load(page, REQUESTS);
      times.sort((a, b) => a - b);
      rounds.set(page.path, [...(rounds.get(page.path) ?? []), { p50: percentile(times, 0.5), p95: percentile(times, 0.95), bytes, errors }]);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const rows = measured.map((page) => {
    const measuredRounds = rounds.get(page.path)!;
    const p95 = median(measuredRounds.map((entry) => entry.p95));
    const bytes = Math.max(...measuredRounds.map((entry) => entry.bytes));
    const errors = measuredRounds.reduce((sum, entry) => sum + entry.errors, 0);
    const ok = p95 <= P95_BUDGET_MS && bytes <= HTML_BUDGET_BYTES && errors === 0;
    if (!ok) exitCode = 1;
    return {
      page: page.path,
      "p50 ms": Math.round(median(measuredRounds.map((entry) => entry.p50))),
      "p95 ms": Math.round(p95),
      "p95 each round": measuredRounds.map((entry) => Math.round(entry.p95)).join(" "),
      "HTML KB": Math.round(bytes / 1024),
      errors,
      verdict: ok ? "ok" : "OVER",
    };
  });
  console.table(rows);
  console.log(`${REQUESTS} requests per page in each of ${ROUNDS} rounds (the median round shown), ${CONCURRENCY} at once, after a warm-up; budget ${P95_BUDGET_MS} ms at p95 and ${HTML_BUDGET_BYTES / 1024} KB of HTML.`);

  // The query plans behind the three slowest pages: each page is asked for once more, alone, and
  // each statement it sent is explained with its own parameters; the slowest one's plan is printed.
  const countNow = async () => ((await (await fetch(`${base}/api/dev/query-count`)).json()) as { queries: number }).queries;
  for (const row of [...rows].sort((a, b) => b["p95 ms"] - a["p95 ms"]).slice(0, Number(process.env.BENCH_SCALE_EXPLAIN ?? 3))) {
    const before = await countNow();
    await fetchPage(pages.find((page) => page.path === row.page)!);
    const logged = await fetch(`${base}/api/dev/query-log?after=${before}`);
    if (!logged.ok) {
      console.log(`\n${row.page} (p95 ${row["p95 ms"]} ms): this build has no /api/dev/query-log, so no query plans.`);
      continue;
    }
    const { queries } = (await logged.json()) as { queries: { text: string; parameters: unknown[] }[] };
    const explained: { ms: number; plan: string; text: string }[] = [];
    for (const query of queries) {
      if (!/^\s*(select|with)\b/i.test(query.text)) continue;
      const plan = await sql.unsafe<{ "QUERY PLAN": string }[]>(`explain (analyze, buffers) ${query.text}`, query.parameters as never[]).catch(() => null);
      if (!plan) continue;
      const lines = plan.map((line) => line["QUERY PLAN"]);
      const ms = Number(/Execution Time: ([\d.]+)/.exec(lines.at(-1) ?? "")?.[1] ?? 0);
      explained.push({ ms, plan: lines.join("\n"), text: query.text });
    }
    explained.sort((a, b) => b.ms - a.ms);
    const others = explained.slice(1, 4).map((query) => `${query.ms.toFixed(1)} ms: ${query.text.replace(/\s+/g, " ").slice(0, 160)}`);
    console.log(`\n${row.page} (p95 ${row["p95 ms"]} ms): ${queries.length} statements, the slowest ${explained[0]?.ms.toFixed(1) ?? "?"} ms:`);
    if (explained[0]) console.log(`${explained[0].text.slice(0, 600)}\n${explained[0].plan}`);
    if (others.length) console.log(`The next slowest:\n  ${others.join("\n  ")}`);
  }

  // The whole subscriber list as CSV, BENCH_SCALE_EXPORTS (3) times. Two figures per export: the
  // server's resident memory at its peak (sampled every 50 ms), which is what a host pays for but
  // moves with V8's own heap growth, and the heap still in use after a full collection, which says
  // whether anything is held: a process that kept the list would end each export about the list's
  // size (100+ MB of rows at 100,000 readers) above where it began.
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  const signed = (bytes: number) => `${bytes < 0 ? "−" : "+"}${mb(Math.abs(bytes))}`;
  const heapAfterCollection = async () => ((await (await fetch(`${base}/api/dev/heap`)).json()) as { heapUsed: number | null }).heapUsed;
  const baseline = treeRss(app.pid!);
  const heapBefore = await heapAfterCollection();
  const heaps: number[] = [];
  const exports = Number(process.env.BENCH_SCALE_EXPORTS ?? 3);
  for (let run = 0; run < exports; run += 1) {
    let peak = treeRss(app.pid!);
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(app!.pid!))), 50);
    const exportStarted = performance.now();
    const response = await fetch(`${base}/admin/subscribers/export`, { headers: { cookie: coachCookie } });
    let exported = 0;
    let lines = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      exported += chunk.byteLength;
      for (const byte of chunk) if (byte === 10) lines += 1;
    }
    const took = (performance.now() - exportStarted) / 1000;
    clearInterval(sampler);
    const heap = await heapAfterCollection();
    if (heap !== null) heaps.push(heap);
    console.log(
      `${run === 0 ? "\n" : ""}Subscriber export ${run + 1}: ${response.status}, ${lines.toLocaleString("en")} lines, ${(exported / 1024 / 1024).toFixed(1)} MB in ${took.toFixed(1)} s; ` +
        `resident memory at the peak ${mb(peak)} MB (${signed(peak - baseline)} MB against ${mb(baseline)} MB before the first)` +
        (heap !== null && heapBefore !== null ? `; heap after a collection ${mb(heap)} MB (${signed(heap - heapBefore)} MB)` : "") +
        ".",
    );
  }
  if (heapBefore !== null && heaps.length) {
    const most = Math.max(...heaps) - heapBefore;
    console.log(`Heap after the exports: at most ${signed(most)} MB against the ${mb(heapBefore)} MB before them (${most < 20 * 1024 * 1024 ? "flat" : "GROWING"}).`);
  }
} finally {
  app?.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await sql.end({ timeout: 5 });
  if (process.env.BENCH_SCALE_KEEP === "1") log(`Kept the database: BENCH_SCALE_DATABASE=${name} measures it again.`);
  else if (!reused) await dropDatabase(server.adminUrl, name).catch(() => undefined);
  await server.release();
}
process.exit(exitCode);
