import { localAuthSecret } from "./lib/auth-secret";
import { loadEnvOrExit, prepareDatabase } from "./lib/database";
import { runNext } from "./lib/run-next";

const env = loadEnvOrExit();
const database = await prepareDatabase(env, { seed: "if-empty" });
runNext(
  ["dev", ...process.argv.slice(2)],
  {
    ...process.env,
    // Read by the server hooks before Next.js starts: the development policy allows React's tooling.
    NODE_ENV: "development",
    DATABASE_URL: database.url,
    AUTH_SECRET: env.AUTH_SECRET ?? localAuthSecret(),
    // Links in emails must point at the port this server really listens on.
    APP_URL: process.env.APP_URL || `http://localhost:${process.env.PORT || 3000}`,
  },
  database.release,
);
