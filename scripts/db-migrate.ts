import { loadEnvOrExit, prepareDatabase } from "./lib/database";
import { log } from "./lib/log";

const database = await prepareDatabase(loadEnvOrExit(), { seed: "never" });
log("Migrations are up to date.");
await database.release();
