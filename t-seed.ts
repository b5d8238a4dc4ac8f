import { createDatabase } from "./db/connect";
import { runMigrations } from "./db/migrate";
import { seedDatabase } from "./db/seed";
const url = process.argv[2]!;
await runMigrations(url);
const { db, sql } = createDatabase(url, { max: 1 });
await seedDatabase(db);
await sql.end();
