import { loadEnvOrExit, prepareDatabase } from "./lib/database";
import { runNext } from "./lib/run-next";

const env = loadEnvOrExit();
const database = await prepareDatabase(env, { seed: "if-empty" });
runNext(["dev", ...process.argv.slice(2)], { ...process.env, DATABASE_URL: database.url }, database.release);
