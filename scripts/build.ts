/**
 * npm run build: `next build` with `output: "standalone"`, then the two folders the standalone
 * server serves but Next.js leaves for the deployer to copy (public files and the hashed assets).
 * The result, .next/standalone, runs with `node --import ./http-hooks.mjs server.js` and its own
 * trimmed node_modules; the hooks (lib/server/http-hooks.mjs) are copied in beside server.js.
 */
import { cpSync, rmSync } from "node:fs";
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
cpSync(path.join(path.dirname(HTTP_HOOKS), "security-headers.mjs"), ".next/standalone/security-headers.mjs");
