import postgres from "postgres";
import { inject, describe, expect, it } from "vitest";
import { runMigrations } from "./migrate";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./testing/server";

describe("runMigrations", () => {
  it("lets several instances start at once: one migrates, the others wait and find it done", async () => {
    const { adminUrl } = inject("testDatabase");
    const name = uniqueDatabaseName("coach_migrate");
    const url = await createDatabase(adminUrl, name);
    try {
      await Promise.all([runMigrations(url), runMigrations(url), runMigrations(url)]);
      const sql = postgres(url, { max: 1 });
      try {
        const applied = await sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
        const tables = await sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`;
        expect(applied[0]?.n).toBeGreaterThanOrEqual(1);
        expect(tables[0]?.n).toBeGreaterThanOrEqual(6);
        // Running again is a no-op.
        await runMigrations(url);
        const again = await sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
        expect(again[0]?.n).toBe(applied[0]?.n);
      } finally {
        await sql.end();
      }
    } finally {
      await dropDatabase(adminUrl, name);
    }
  });
});
