import { createDatabase } from "../db/connect";
import { seedDatabase } from "../lib/seed/seed";
import { loadEnvOrExit, prepareDatabase } from "./lib/database";
import { log } from "./lib/log";

const database = await prepareDatabase(loadEnvOrExit(), { seed: "never" });
const { db, sql } = createDatabase(database.url, { max: 1 });
try {
  const result = await seedDatabase(db);
  const added = [
    result.coachProfile ? "the coach profile" : null,
    result.routines ? `${result.routines} routines` : null,
    result.courses ? `${result.courses} course` : null,
    result.booking ? "opening hours and intake questions" : null,
  ].filter(Boolean);
  log(added.length ? `Seeded ${added.join(", ")}.` : "Nothing to seed: the demo content is already there.");
} finally {
  await sql.end({ timeout: 5 });
  await database.release();
}
