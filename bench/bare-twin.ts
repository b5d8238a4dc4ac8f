/**
 * The floor a cached page is measured against: a bare Next.js app (this project's Next version,
 * standalone server, nothing of ours: no cache handler, rewrites, headers or instrumentation) with
 * one static page per measured page, padded to the same number of HTML bytes. A bare page puts its
 * text in the HTML and again in the inline RSC data, as ours do, so the padding is calibrated with a
 * second build rather than guessed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "../scripts/lib/free-port";
import { log } from "../scripts/lib/log";
import { run } from "../scripts/lib/run";

const TWIN_DIR = path.resolve(".data/bench-twin");

export interface BareTwin {
  /** The twin's address for the page measured at `pagePath`. */
  urlFor(pagePath: string): string;
  /**
   * The same page from a second server of the same build that has rendered one page at run time
   * (as every real app does: this one renders its sign-in, account and filtered pages). On Node 20
   * the first run-time render turns on AsyncLocalStorage's promise hooks for good, and V8 has by
   * then compiled Next.js's request path for both kinds of response; the static-only twin has
   * neither cost. Printed beside the twin, not held to the target.
   */
  renderedUrlFor(pagePath: string): string;
  /** HTML bytes the twin actually serves for `pagePath`. */
  bytesFor(pagePath: string): number;
  stop(): Promise<void>;
}

function writeApp(paddings: number[]) {
  rmSync(TWIN_DIR, { recursive: true, force: true });
  mkdirSync(path.join(TWIN_DIR, "app"), { recursive: true });
  writeFileSync(path.join(TWIN_DIR, "package.json"), JSON.stringify({ private: true, type: "module" }));
  // The twin lives inside the project so it resolves the project's own `next` and `react`.
  writeFileSync(
    path.join(TWIN_DIR, "next.config.mjs"),
    `export default { output: "standalone", outputFileTracingRoot: ${JSON.stringify(process.cwd())}, turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`,
  );
  writeFileSync(
    path.join(TWIN_DIR, "app", "layout.js"),
    `export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n`,
  );
  mkdirSync(path.join(TWIN_DIR, "app", "rendered"), { recursive: true });
  writeFileSync(
    path.join(TWIN_DIR, "app", "rendered", "page.js"),
    `export const dynamic = "force-dynamic";\nexport default async function Page() { return <main><p>{new Date().toISOString()}</p></main>; }\n`,
  );
  paddings.forEach((padding, index) => {
    mkdirSync(path.join(TWIN_DIR, "app", `p${index}`), { recursive: true });
    writeFileSync(
      path.join(TWIN_DIR, "app", `p${index}`, "page.js"),
      `export const dynamic = "force-static";\nexport default function Page() { return <main><p>{${JSON.stringify("a".repeat(Math.max(0, padding)))}}</p></main>; }\n`,
    );
  });
}

function serverScript(): string {
  const standalone = path.join(TWIN_DIR, ".next", "standalone");
  const stack = [standalone];
  while (stack.length) {
    const dir = stack.pop()!;
    if (existsSync(path.join(dir, "server.js")) && existsSync(path.join(dir, ".next"))) return path.join(dir, "server.js");
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== "node_modules") stack.push(path.join(dir, entry.name));
    }
  }
  throw new Error("The bare twin's build has no standalone server.js.");
}

function twinEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  return env;
}

async function buildAndStart(paddings: number[], node: string): Promise<{ base: string; child: ChildProcess; sizes: number[] }> {
  writeApp(paddings);
  const code = await run("npx", ["next", "build", TWIN_DIR], twinEnv());
  if (code !== 0) throw new Error("The bare twin did not build.");
  const { base, child } = await startServer(node);
  const sizes: number[] = [];
  for (let index = 0; index < paddings.length; index += 1) sizes.push(Buffer.byteLength(await (await fetch(`${base}/p${index}`)).text()));
  return { base, child, sizes };
}

/** One more server of the last build. */
async function startServer(node: string): Promise<{ base: string; child: ChildProcess }> {
  const env = twinEnv();
  const port = await freePort();
  const child = spawn(node, [serverScript()], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1", NODE_ENV: "production" },
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    const ok = await fetch(`${base}/p0`).then((response) => response.ok).catch(() => false);
    if (ok) break;
    if (attempt > 120) throw new Error("The bare twin did not start within a minute.");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { base, child };
}

function stopChild(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Builds and starts the twin on `node`; `targets` maps each measured page to its HTML bytes. */
export async function startBareTwin(targets: Map<string, number>, node = process.execPath): Promise<BareTwin> {
  const pages = [...targets.keys()];
  const wanted = pages.map((page) => targets.get(page)!);
  log("Building the bare Next.js twin (calibrating its page sizes) ...");
  const first = await buildAndStart(wanted.map((bytes) => Math.floor(bytes / 2)), node);
  await stopChild(first.child);
  // Each byte of padding appears twice (HTML and RSC data); the rest is the framework's own.
  const paddings = wanted.map((bytes, index) => Math.floor(bytes / 2) + Math.round((bytes - first.sizes[index]!) / 2));
  const twin = await buildAndStart(paddings, node);
  const rendered = await startServer(node);
  for (let request = 0; request < 50; request += 1) await (await fetch(`${rendered.base}/rendered`)).text();
  return {
    urlFor: (pagePath) => `${twin.base}/p${pages.indexOf(pagePath)}`,
    renderedUrlFor: (pagePath) => `${rendered.base}/p${pages.indexOf(pagePath)}`,
    bytesFor: (pagePath) => twin.sizes[pages.indexOf(pagePath)]!,
    stop: async () => {
      await Promise.all([stopChild(twin.child), stopChild(rendered.child)]);
    },
  };
}
