/**
 * `npm test`: everything a change must pass, in order, stopping at the first failure:
 * typecheck, lint, Vitest (unit and database tests), then Playwright against a production build.
 * The last line counts every test that ran, so CI can tell a green run from an empty one.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { log } from "./lib/log";
import { run } from "./lib/run";

const RESULTS = ".data/test-results";
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const env = { ...process.env, TZ: "UTC", NEXT_TELEMETRY_DISABLED: "1" };

const steps: { name: string; command: string; args: string[] }[] = [
  { name: "typecheck", command: "npm", args: ["run", "--silent", "typecheck"] },
  { name: "lint", command: "npm", args: ["run", "--silent", "lint"] },
  {
    name: "vitest",
    command: "npx",
    args: ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${RESULTS}/vitest.json`],
  },
  { name: "e2e", command: "npx", args: ["tsx", "scripts/test-e2e.ts"] },
];

const started = Date.now();
for (const step of steps) {
  log(`── ${step.name} ──`);
  const code = await run(step.command, step.args, env);
  if (code !== 0) {
    log(`${step.name} failed (exit ${code}); stopping here.`);
    process.exit(code);
  }
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
log(`All checks passed in ${Math.round((Date.now() - started) / 1000)} s (vitest ${vitest[0]}, e2e ${e2e[0]}).`);
const summary = `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
writeFileSync(`${RESULTS}/summary.txt`, `${summary}\n`);
console.log(summary);
process.exit(passed > 0 && failed === 0 ? 0 : 1);
