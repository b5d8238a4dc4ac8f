/**
 * End-to-end run: a fresh, migrated and seeded database; a production build made WITHOUT any
 * database (as a container build would be); then Playwright, which starts `npm start` on a free
 * port against that database. Everything it created is removed afterwards.
 */
import { createDatabase as openDatabase } from "../db/connect";
import { runMigrations } from "../db/migrate";
import { seedDatabase } from "../lib/seed/seed";
import { acquireTestServer, createDatabase, dropDatabase, uniqueDatabaseName } from "../db/testing/server";
import { chromiumPath } from "../e2e/chromium";
import { freePort } from "./lib/free-port";
import { redisForTests } from "../lib/platform/testing/local-redis";
import { log } from "./lib/log";
import { run } from "./lib/run";

chromiumPath(); // fail early, with the hint, before spending a minute on the build

const envWithoutDatabase = { ...process.env };
delete envWithoutDatabase.DATABASE_URL;
if (process.env.E2E_SKIP_BUILD !== "1") {
  const code = await run("npx", ["tsx", "scripts/test-build.ts"], envWithoutDatabase);
  if (code !== 0) process.exit(code);
}

const server = await acquireTestServer();
const name = uniqueDatabaseName("coach_e2e");
let exitCode = 1;
try {
  const url = await createDatabase(server.adminUrl, name);
  await runMigrations(url);
  const { db, sql } = openDatabase(url, { max: 1 });
  await seedDatabase(db);
  await sql.end();

  const port = await freePort();
  const secondPort = await freePort();
  log(`End-to-end tests against http://127.0.0.1:${port} (database ${name})`);
  // With a Redis (TEST_REDIS_URL, or one on 127.0.0.1:6379), the two instances share their page
  // cache, as in production.
  const redisUrl = await redisForTests();
  if (!redisUrl) log("No Redis (TEST_REDIS_URL unset and nothing on 127.0.0.1:6379): the shared-cache test is skipped.");
  exitCode = await run("npx", ["playwright", "test", ...process.argv.slice(2)], {
    ...envWithoutDatabase,
    ...(redisUrl ? { E2E_REDIS_URL: redisUrl, E2E_REDIS_KEY_PREFIX: `${name}:` } : {}),
    DATABASE_URL: url,
    E2E_PORT: String(port),
    E2E_SECOND_PORT: String(secondPort),
    TZ: "UTC",
  });
} finally {
  await dropDatabase(server.adminUrl, name).catch((error: unknown) => log(`Could not drop ${name}: ${String(error)}`));
  await server.release();
}
process.exit(exitCode);
