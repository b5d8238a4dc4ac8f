import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { localAuthSecret } from "./lib/auth-secret";
import { loadEnvOrExit, prepareDatabase } from "./lib/database";
import { fail } from "./lib/log";
import { HTTP_HOOKS, runNodeServer } from "./lib/run-next";

// `npm start -- -p 3100 -H 127.0.0.1` keeps the flags `next start` takes.
const { values: flags } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  allowPositionals: false,
});

const server = path.resolve(".next/standalone/server.js");
if (!existsSync(server)) fail("No production build found: run `npm run build` first.");

const env = loadEnvOrExit();
// A real deployment brings its own secret; only the embedded demo may make one up.
if (!env.AUTH_SECRET && env.DATABASE_URL) {
  fail("AUTH_SECRET is required with DATABASE_URL: generate one with `openssl rand -base64 32`.");
}
// A production database is never seeded by itself; the embedded demo database is.
const database = await prepareDatabase(env, { seed: "if-empty-and-embedded" });
runNodeServer(
  [`--import=${HTTP_HOOKS}`, server],
  {
    ...process.env,
    NODE_ENV: "production",
    PORT: flags.port ?? process.env.PORT ?? "3000",
    // Not the inherited HOSTNAME: shells and containers set it to the machine's name.
    HOSTNAME: flags.hostname ?? "0.0.0.0",
    DATABASE_URL: database.url,
    AUTH_SECRET: env.AUTH_SECRET ?? localAuthSecret(),
    // The standalone server runs inside .next/standalone; uploads stay in the project's .data.
    UPLOADS_DIR: path.resolve(env.UPLOADS_DIR),
  },
  database.release,
);
