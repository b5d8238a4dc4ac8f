import { createDatabase } from "../db/connect";
import { seedDatabase } from "../lib/seed/seed";
import { fileStorageFor } from "../lib/composition/infrastructure";
import { loadEnvOrExit, prepareDatabase } from "./lib/database";
import { log } from "./lib/log";

const env = loadEnvOrExit();
const database = await prepareDatabase(env, { seed: "never" });
const { db, sql } = createDatabase(database.url, { max: 1 });
try {
  const result = await seedDatabase(db, new Date(), fileStorageFor(env, db));
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
