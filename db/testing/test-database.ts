import { afterAll, beforeAll, inject } from "vitest";
import { createDatabase as openDatabase, type Database } from "../connect";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./server";

export interface TestDatabase {
  db: Database;
  sql: ReturnType<typeof openDatabase>["sql"];
  url: string;
  name: string;
}

/** A fresh database cloned from the migrated template. Call `close()` when done. */
export async function createTestDatabase(): Promise<TestDatabase & { close(): Promise<void> }> {
  const { adminUrl, template } = inject("testDatabase");
  const name = uniqueDatabaseName("coach_test");
  const url = await createDatabase(adminUrl, name, template);
  const { db, sql } = openDatabase(url, { max: 5 });
  return {
    db,
    sql,
    url,
    name,
    async close() {
      await sql.end({ timeout: 5 });
      await dropDatabase(adminUrl, name);
    },
  };
}

/** Registers a fresh database for the whole test file and returns a getter for it. */
export function freshTestDatabase(): () => TestDatabase {
  let current: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
  });
  afterAll(async () => {
    await current?.close();
  });
  return () => {
    if (!current) throw new Error("The test database is not ready: call it inside a test or hook.");
    return current;
  };
}
