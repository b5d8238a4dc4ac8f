/**
 * `npm run bench:tests`: how long `npm test` takes on this machine, stage by stage. Runs it as a
 * newcomer would (the command README gives), then prints the stages' times from
 * .data/test-results/timings.json beside the machine it ran on. A figure, not a test: nothing
 * here fails on time; README ("Tests") quotes the last idle run.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";

const load = os.loadavg()[0]!;
const started = Date.now();
const code = await new Promise<number>((resolve) => {
  const child = spawn("npm", ["test"], { stdio: "inherit" });
  child.on("close", (exit) => resolve(exit ?? 1));
});
const totalMs = Date.now() - started;
const { stages } = JSON.parse(readFileSync(".data/test-results/timings.json", "utf8")) as { stages: { stage: string; ms: number }[] };
const format = (ms: number) => `${Math.floor(ms / 60_000)} min ${String(Math.round(ms / 1000) % 60).padStart(2, "0")} s`;
console.log(`\nnpm test on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), load ${load.toFixed(2)} when it started, Node ${process.version}:`);
for (const { stage, ms } of stages) console.log(`  ${stage.padEnd(20)} ${format(ms)}`);
console.log(`  ${"total".padEnd(20)} ${format(totalMs)}${code === 0 ? "" : `  (npm test failed, exit ${code})`}`);
process.exit(code);
