import path from "node:path";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "db/migrations");

// Any fixed 64-bit number: it names the lock every instance takes before migrating.
const MIGRATION_LOCK_ID = 727_100_001;

/**
 * Applies committed migrations. Several app instances may start at once against one database,
 * so the run holds a session-level advisory lock: the second instance waits, then finds nothing
 * left to do.
 */
export async function runMigrations(url: string, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    try {
      await migrate(drizzle({ client: sql }), { migrationsFolder });
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}
