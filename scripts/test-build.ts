/**
 * The production build the end-to-end tests run against, made WITHOUT any database, as a
 * container build would be (`npm test` runs it as a stage of its own; `npm run test:e2e` runs it
 * first unless E2E_SKIP_BUILD=1).
 */
import { rmSync } from "node:fs";
import { log } from "./lib/log";
import { run } from "./lib/run";

const envWithoutDatabase = { ...process.env };
delete envWithoutDatabase.DATABASE_URL;
log("Building the production app (no database available to the build) ...");
// Cached data from earlier runs could hide a page that reads the database while prerendering.
rmSync(".next/cache/fetch-cache", { recursive: true, force: true });
process.exit(await run("npm", ["run", "build"], envWithoutDatabase));
