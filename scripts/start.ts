import { localAuthSecret } from "./lib/auth-secret";
import { loadEnvOrExit, prepareDatabase } from "./lib/database";
import { fail } from "./lib/log";
import { runNext } from "./lib/run-next";

const env = loadEnvOrExit();
// A real deployment brings its own secret; only the embedded demo may make one up.
if (!env.AUTH_SECRET && env.DATABASE_URL) {
  fail("AUTH_SECRET is required with DATABASE_URL: generate one with `openssl rand -base64 32`.");
}
// A production database is never seeded by itself; the embedded demo database is.
const database = await prepareDatabase(env, { seed: "if-empty-and-embedded" });
runNext(
  ["start", ...process.argv.slice(2)],
  { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: env.AUTH_SECRET ?? localAuthSecret() },
  database.release,
);
