/**
 * npm run build: `next build` with `output: "standalone"`, then the two folders the standalone
 * server serves but Next.js leaves for the deployer to copy (public files and the hashed assets).
 * The result, .next/standalone, runs with `node --import ./http-hooks.mjs server.js` and its own
 * trimmed node_modules; the hooks (lib/platform/server/http-hooks.mjs) are copied in beside server.js, and
 * the calendar-reading thread is bundled in beside them.
 */
import { cpSync, rmSync } from "node:fs";
import { build } from "esbuild";
import path from "node:path";
import { HTTP_HOOKS } from "./lib/run-next";
import { run } from "./lib/run";

const code = await run("npx", ["next", "build"], { NEXT_TELEMETRY_DISABLED: "1", ...process.env });
if (code !== 0) process.exit(code);
for (const [from, to] of [["public", ".next/standalone/public"], [".next/static", ".next/standalone/.next/static"]] as const) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
cpSync(HTTP_HOOKS, ".next/standalone/http-hooks.mjs");
// The modules the hooks import, beside them (coach-session.mjs loads `postgres` from the
// standalone node_modules, where Next.js puts it as a server external package).
for (const name of ["security-headers.mjs", "body-limits.mjs", "coach-session.mjs"]) cpSync(path.join(path.dirname(HTTP_HOOKS), name), `.next/standalone/${name}`);
// The calendar-reading thread (lib/calendars/read-calendar-file.ts) runs as its own file beside
// server.js, with its libraries bundled in: Next.js bundles the server's code into chunks that a
// thread cannot load by name.
await build({
  entryPoints: ["lib/calendars/calendar-thread.ts"],
  outfile: ".next/standalone/calendar-thread.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
});
