/**
 * `npm test`: everything a change must pass, in order, stopping at the first failure: typecheck and
 * lint (side by side, one core each), Vitest (unit and database tests), the production build, then
 * Playwright against it. Each stage says what it is and about how long it takes as it starts, and
 * how long it took when it ends; the timings go to .data/test-results/timings.json (bench/test-run.ts
 * prints them). The last line counts every test that ran, so CI can tell a green run from an empty one.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { chromiumPath } from "../e2e/chromium";
import { log } from "./lib/log";
import { run } from "./lib/run";

const RESULTS = ".data/test-results";
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const env = { ...process.env, TZ: "UTC", NEXT_TELEMETRY_DISABLED: "1" };

interface Command {
  label: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

/** `expected` is what an idle two-core machine takes (`npm run bench:tests`, README); a busy one takes longer. */
const stages: { name: string; expected: string; commands: Command[] }[] = [
  {
    name: "typecheck and lint",
    expected: "under a minute",
    commands: [
      { label: "typecheck", command: "npm", args: ["run", "--silent", "typecheck"] },
      { label: "lint", command: "npm", args: ["run", "--silent", "lint"] },
    ],
  },
  {
    name: "vitest",
    expected: "about a minute and a half",
    commands: [{ label: "vitest", command: "npx", args: ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${RESULTS}/vitest.json`] }],
  },
  { name: "build", expected: "about a minute", commands: [{ label: "build", command: "npx", args: ["tsx", "scripts/test-build.ts"] }] },
  { name: "e2e", expected: "about 7 minutes", commands: [{ label: "e2e", command: "npx", args: ["tsx", "scripts/test-e2e.ts"], env: { E2E_SKIP_BUILD: "1" } }] },
];

/**
 * Runs a command with its output held back and printed whole when it ends, so two commands side
 * by side do not interleave their lines.
 */
function runQuietly(command: Command): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command.command, command.args, { env: { ...env, ...command.env, FORCE_COLOR: "1" } });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("close", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString("utf8") });
    });
  });
}

chromiumPath(); // the end-to-end stage needs it: fail now, with the hint, not after ten minutes

const seconds = (ms: number) => Math.round(ms / 1000);
const minutes = (ms: number) => `${Math.floor(ms / 60_000)} min ${String(seconds(ms) % 60).padStart(2, "0")} s`;
const timings: { stage: string; ms: number }[] = [];
const started = Date.now();
log(`npm test: ${stages.map((stage) => stage.name).join(", then ")}; about 10 minutes on an idle two-core machine.`);
for (const [index, stage] of stages.entries()) {
  log(`── ${index + 1}/${stages.length} ${stage.name} (${stage.expected}) ──`);
  const stageStarted = Date.now();
  let code = 0;
  if (stage.commands.length === 1) {
    const [only] = stage.commands;
    code = await run(only!.command, only!.args, { ...env, ...only!.env });
  } else {
    const results = await Promise.all(stage.commands.map(runQuietly));
    for (const [at, result] of results.entries()) {
      if (result.output.trim()) process.stdout.write(`${result.output.trimEnd()}\n`);
      log(`${stage.commands[at]!.label}: ${result.code === 0 ? "passed" : `failed (exit ${result.code})`}`);
    }
    code = results.find((result) => result.code !== 0)?.code ?? 0;
  }
  const ms = Date.now() - stageStarted;
  timings.push({ stage: stage.name, ms });
  writeFileSync(`${RESULTS}/timings.json`, `${JSON.stringify({ stages: timings, totalMs: Date.now() - started }, null, 2)}\n`);
  if (code !== 0) {
    log(`${stage.name} failed (exit ${code}) after ${minutes(ms)}; stopping here.`);
    process.exit(code);
  }
  log(`${stage.name} passed in ${minutes(ms)}.`);
}

function counts(file: string, read: (json: Record<string, unknown>) => [number, number, number]) {
  if (!existsSync(file)) return [0, 0, 0] as const;
  return read(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>);
}
const vitest = counts(`${RESULTS}/vitest.json`, (json) => [
  Number(json.numPassedTests ?? 0),
  Number(json.numFailedTests ?? 0),
  Number(json.numPendingTests ?? 0) + Number(json.numTodoTests ?? 0),
]);
const e2e = counts(`${RESULTS}/e2e.json`, (json) => {
  const stats = (json.stats ?? {}) as Record<string, number>;
  return [(stats.expected ?? 0) + (stats.flaky ?? 0), stats.unexpected ?? 0, stats.skipped ?? 0];
});
const passed = vitest[0] + e2e[0];
const failed = vitest[1] + e2e[1];
const skipped = vitest[2] + e2e[2];
log(`All checks passed in ${seconds(Date.now() - started)} s (${timings.map((timing) => `${timing.stage} ${seconds(timing.ms)} s`).join(", ")}; vitest ${vitest[0]}, e2e ${e2e[0]}).`);
const summary = `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
writeFileSync(`${RESULTS}/summary.txt`, `${summary}\n`);
console.log(summary);
process.exit(passed > 0 && failed === 0 ? 0 : 1);
