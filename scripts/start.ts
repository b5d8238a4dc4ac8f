import { loadEnvOrExit, prepareDatabase } from "./lib/database";
import { runNext } from "./lib/run-next";

const env = loadEnvOrExit();
// A production database is never seeded by itself; the embedded demo database is.
const database = await prepareDatabase(env, { seed: "if-empty-and-embedded" });
runNext(["start", ...process.argv.slice(2)], { ...process.env, DATABASE_URL: database.url }, database.release);
