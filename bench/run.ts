/**
 * npm run bench — speed figures for the public pages, printed, never asserted by tests.
 *
 * Builds the production app (BENCH_SKIP_BUILD=1 reuses the last build), starts it on a fresh
 * seeded database, and for each page runs autocannon (50 connections, BENCH_SECONDS=20 each)
 * against the app and against a minimal Node `http` server that returns the same HTML bytes: the
 * ratio to that floor is the figure that matters. It also counts database queries per request
 * and the first-load JavaScript (gzip) each page references, against the budgets below, and
 * exits non-zero when a page is over its budget. Then Lighthouse 12 (mobile) on each page with the
 * system Chromium: scores are printed and the HTML reports written to bench/reports/.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/chromium";
import { createDatabase as openDatabase } from "../db/connect";
import { runMigrations } from "../db/migrate";
import { seedDatabase } from "../db/seed";
import { acquireTestServer, createDatabase, dropDatabase, uniqueDatabaseName } from "../db/testing/server";
import { freePort } from "../scripts/lib/free-port";
import { log } from "../scripts/lib/log";
import { run } from "../scripts/lib/run";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = 50;
/** Pages served from the cache: they must make no database query once warm. */
const PAGES = [
  { path: "/", cached: true },
  { path: "/routines", cached: true },
  { path: "/routines/tennis-ball-foot-release", cached: true },
  { path: "/courses/healing-emotions", cached: true },
  // Free times are computed per request from live bookings, so this one reads the database.
  { path: "/consultation", cached: false },
];
/** First-load JavaScript a public page may add on top of what every page loads (gzip bytes). */
const PUBLIC_BUDGET = 40 * 1024;

const envWithoutDatabase = { ...process.env };
delete envWithoutDatabase.DATABASE_URL;

if (process.env.BENCH_SKIP_BUILD !== "1") {
  log("Building the production app ...");
  rmSync(".next/cache/fetch-cache", { recursive: true, force: true });
  const code = await run("npx", ["next", "build"], { ...envWithoutDatabase, NEXT_TELEMETRY_DISABLED: "1" });
  if (code !== 0) process.exit(code);
}

async function load(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  };
}

async function waitForHealth(base: string) {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const ok = await fetch(`${base}/api/health`).then((response) => response.ok).catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The app did not become healthy within a minute.");
}

const server = await acquireTestServer();
const name = uniqueDatabaseName("coach_bench");
const url = await createDatabase(server.adminUrl, name);
let app: ReturnType<typeof spawn> | undefined;
let exitCode = 0;
try {
  await runMigrations(url);
  const { db, sql } = openDatabase(url, { max: 1 });
  await seedDatabase(db);
  await sql.end();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // E2E=1 only to expose /api/dev/query-count for the query figures.
  app = spawn("npm", ["start", "--", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...envWithoutDatabase, DATABASE_URL: url, APP_URL: base, AUTH_SECRET: "bench-only-secret-bench-only-secret-00", E2E: "1", NODE_ENV: "production" },
  });
  await waitForHealth(base);
  const queries = async () => ((await (await fetch(`${base}/api/dev/query-count`)).json()) as { queries: number }).queries;

  // The same bytes from the simplest server Node has: the floor no framework can beat.
  const bodies = new Map<string, string>();
  for (const page of PAGES) {
    for (let warm = 0; warm < 3; warm += 1) bodies.set(page.path, await (await fetch(`${base}${page.path}`)).text());
  }
  const floor = createServer((request, response) => {
    const body = bodies.get(request.url ?? "/") ?? "";
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(body);
  });
  const floorPort = await freePort();
  await new Promise<void>((resolve) => floor.listen(floorPort, "127.0.0.1", resolve));

  // First-load JavaScript: the scripts each page's HTML references, gzipped; "shared" is what every page loads.
  const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
  const gzipSizes = new Map<string, number>();
  for (const html of bodies.values()) {
    for (const src of scriptsOf(html)) {
      if (!gzipSizes.has(src)) gzipSizes.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length);
    }
  }
  const pageScripts = [...bodies.entries()].map(([path, html]) => ({ path, scripts: new Set(scriptsOf(html)) }));
  const shared = [...pageScripts[0]!.scripts].filter((src) => pageScripts.every((page) => page.scripts.has(src)));
  const sharedBytes = shared.reduce((sum, src) => sum + gzipSizes.get(src)!, 0);

  const rows = [];
  for (const page of PAGES) {
    const before = await queries();
    const appResult = await load(`${base}${page.path}`);
    const queriesPerRequest = (await queries()) - before;
    const floorResult = await load(`http://127.0.0.1:${floorPort}${page.path}`);
    const scripts = pageScripts.find((entry) => entry.path === page.path)!.scripts;
    const extraJs = [...scripts].filter((src) => !shared.includes(src)).reduce((sum, src) => sum + gzipSizes.get(src)!, 0);
    rows.push({
      page: page.path,
      "req/s": appResult.requestsPerSecond,
      "p50 ms": appResult.p50,
      "p99 ms": appResult.p99,
      errors: appResult.errors,
      "floor req/s": floorResult.requestsPerSecond,
      "of floor": `${Math.round((appResult.requestsPerSecond / floorResult.requestsPerSecond) * 100)}%`,
      "queries/req": appResult.total ? +(queriesPerRequest / appResult.total).toFixed(3) : 0,
      "JS above shared (gzip KB)": +(extraJs / 1024).toFixed(1),
      budget: extraJs <= PUBLIC_BUDGET ? "ok" : "OVER",
    });
    if (extraJs > PUBLIC_BUDGET) exitCode = 1;
    if (page.cached && queriesPerRequest > 0) exitCode = 1;
  }
  floor.close();

  // Lighthouse after the load runs, so its timings are not disturbed by them.
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
  const scores = [];
  try {
    for (const page of PAGES) {
      const result = await lighthouse(`${base}${page.path}`, { port: chrome.port, output: "html", logLevel: "error" });
      if (!result) continue;
      const score = (id: string) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100);
      const file = `bench/reports/lighthouse${page.path === "/" ? "-home" : page.path.replace(/\//g, "-")}.html`;
      mkdirSync("bench/reports", { recursive: true });
      writeFileSync(file, result.report as string);
      scores.push({ page: page.path, performance: score("performance"), accessibility: score("accessibility"), "best practices": score("best-practices"), seo: score("seo"), report: file });
    }
  } finally {
    await chrome.kill();
  }

  console.table(rows);
  console.table(scores);
  log(`Shared first-load JavaScript on every page: ${(sharedBytes / 1024).toFixed(1)} KB gzip (${shared.length} files).`);
  log(`${CONNECTIONS} connections, ${SECONDS} s per run, on ${process.env.CI ? "CI" : "this machine"}.`);
  mkdirSync("bench/reports", { recursive: true });
  const report = `bench/reports/bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  writeFileSync(report, JSON.stringify({ at: new Date().toISOString(), seconds: SECONDS, connections: CONNECTIONS, sharedJsGzipBytes: sharedBytes, rows, lighthouse: scores }, null, 2));
  log(`Report: ${report}`);
  if (exitCode) log("A page is over its JavaScript budget or a cached page queried the database: see the table above.");
} finally {
  app?.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await dropDatabase(server.adminUrl, name).catch(() => undefined);
  await server.release();
}
process.exit(exitCode);
