import type { Stack } from "./stack";
import { addresses, Visitor, type SurgeResponse } from "./client";

/** One row of the table the surge prints. */
export interface BurstReport {
  name: string;
  requests: number;
  statuses: string;
  slowestMs: number;
  hung: number;
  /** 5xx other than 503 with Retry-After, and broken connections. */
  failures: number;
  healthMs: number | null;
  problems: string[];
}

let nextBlock = 10;

/** Answers the surge accepts: anything below 500, or a 503 that says when to come back. */
export function acceptable(response: SurgeResponse): boolean {
  if (response.hung || response.error) return false;
  if (response.status === 503) return Boolean(response.headers["retry-after"]);
  return response.status > 0 && response.status < 500;
}

function histogram(responses: SurgeResponse[]): string {
  const counts = new Map<string, number>();
  for (const response of responses) {
    const key = response.hung ? "hung" : response.error ? "reset" : String(response.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort().map(([key, count]) => `${count}×${key}`).join(" ");
}

/** Health must answer "ok" within five seconds of a burst ending. */
async function healthRecovers(stack: Stack): Promise<number | null> {
  const started = Date.now();
  const probe = new Visitor(stack.baseUrl, "127.0.0.1");
  while (Date.now() - started < 5_000) {
    const response = await probe.send("/api/health");
    if (response.status === 200 && response.body.includes('"status":"ok"')) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}

/**
 * Fires `count` requests at once, each from its own address, then checks what must hold: every
 * answer acceptable, health back within five seconds, and the burst's own invariants.
 */
export async function burst(
  stack: Stack,
  name: string,
  count: number,
  fire: (visitor: Visitor, index: number) => Promise<SurgeResponse>,
  check: (responses: SurgeResponse[]) => Promise<string[]>,
  visitors?: Visitor[],
): Promise<BurstReport & { responses: SurgeResponse[] }> {
  const crowd = visitors ?? addresses(nextBlock++, count).map((address) => new Visitor(stack.baseUrl, address));
  const responses = await Promise.all(crowd.slice(0, count).map((visitor, index) => fire(visitor, index)));
  const healthMs = await healthRecovers(stack);
  const problems: string[] = [];
  const bad = responses.filter((response) => !acceptable(response));
  if (bad.length) problems.push(`${bad.length} unacceptable answers (${histogram(bad)})${bad[0]?.body ? `: ${bad[0].body.slice(0, 160)}` : ""}`);
  if (healthMs === null) problems.push("health did not say ok within 5 s");
  // Invariants are only meaningful once the database answers again.
  if (healthMs !== null) problems.push(...(await check(responses).catch((error: unknown) => [`checking invariants failed: ${String(error)}`])));
  return {
    name,
    requests: responses.length,
    statuses: histogram(responses),
    slowestMs: Math.max(0, ...responses.map((response) => response.ms)),
    hung: responses.filter((response) => response.hung).length,
    failures: bad.length,
    healthMs,
    problems,
    responses,
  };
}

/** A fresh crowd of visitors on addresses no earlier burst used. */
export function crowd(stack: Stack, count: number): Visitor[] {
  return addresses(nextBlock++, count).map((address) => new Visitor(stack.baseUrl, address));
}

export function printTable(rows: BurstReport[]) {
  const header = ["burst", "requests", "answers", "slowest", "health after", "result"];
  const lines = rows.map((row) => [
    row.name,
    String(row.requests),
    row.statuses,
    `${(row.slowestMs / 1000).toFixed(1)} s`,
    row.healthMs === null ? "not ok in 5 s" : `ok in ${row.healthMs} ms`,
    row.problems.length ? "FAIL" : "ok",
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
  console.log(format(header));
  console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
  for (const line of lines) console.log(format(line));
  for (const row of rows) for (const problem of row.problems) console.log(`  ✗ ${row.name}: ${problem}`);
}
