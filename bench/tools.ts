/**
 * The load generator and Lighthouse are for `npm run bench` only, and Lighthouse alone brings a
 * browser driver, OpenTelemetry and Sentry (~300 packages). They stay out of the default install
 * (docs/decisions/0012-lean-install.md): the first bench run installs these pinned versions into
 * .data/bench-tools/ and says so; later runs load them from there.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { log } from "../scripts/lib/log";
import { run } from "../scripts/lib/run";

export const BENCH_TOOLS = { autocannon: "9.0.0", "chrome-launcher": "1.2.1", lighthouse: "12.8.2" } as const;

const TOOLS_DIR = path.resolve(".data/bench-tools");

export interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: { url: string; connections: number; duration: number }) => Promise<AutocannonResult>;
interface LighthouseRun {
  lhr: { categories: Record<string, { score: number | null } | undefined>; audits: Record<string, { numericValue?: number } | undefined> };
  report: string | string[];
}
type Lighthouse = (url: string, flags: { port: number; output: "html"; logLevel: "error" }) => Promise<LighthouseRun | undefined>;
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): Promise<void> | void }>;
}

async function ensureInstalled() {
  const manifest = path.join(TOOLS_DIR, "package.json");
  const wanted = JSON.stringify({ private: true, description: "Installed by npm run bench (bench/tools.ts).", dependencies: BENCH_TOOLS }, null, 2);
  const current = existsSync(manifest) ? readFileSync(manifest, "utf8") : "";
  const installed = Object.keys(BENCH_TOOLS).every((name) => existsSync(path.join(TOOLS_DIR, "node_modules", name, "package.json")));
  if (current === wanted && installed) return;
  log(`Installing the bench tools (${Object.entries(BENCH_TOOLS).map(([name, version]) => `${name}@${version}`).join(", ")}) into .data/bench-tools/: they are not part of npm install.`);
  mkdirSync(TOOLS_DIR, { recursive: true });
  writeFileSync(manifest, wanted);
  const code = await run("npm", ["install", "--prefix", TOOLS_DIR, "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"]);
  if (code !== 0) throw new Error("Could not install the bench tools: is the npm registry reachable?");
}

async function load<T>(name: keyof typeof BENCH_TOOLS): Promise<T> {
  const resolved = createRequire(path.join(TOOLS_DIR, "package.json")).resolve(name);
  const loaded = (await import(pathToFileURL(resolved).href)) as { default?: T } & T;
  return (loaded.default ?? loaded) as T;
}

/** The bench's tools, installed on first use. */
export async function benchTools() {
  await ensureInstalled();
  return {
    autocannon: await load<Autocannon>("autocannon"),
    chromeLauncher: await load<ChromeLauncher>("chrome-launcher"),
    lighthouse: await load<Lighthouse>("lighthouse"),
  };
}
