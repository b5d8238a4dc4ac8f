import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { startEmbeddedPostgres } from "../embedded";

/**
 * The PostgreSQL server tests run against: TEST_DATABASE_URL when set (CI points it at the
 * machine's server), else an embedded cluster kept apart from the development data.
 */
export interface TestServer {
  /** Connection URL of a maintenance database on the server; tests create their own beside it. */
  adminUrl: string;
  release(): Promise<void>;
}

export async function acquireTestServer(): Promise<TestServer> {
  const fromEnv = process.env.TEST_DATABASE_URL;
  if (fromEnv) return { adminUrl: fromEnv, release: async () => {} };
  const embedded = await startEmbeddedPostgres({
    dir: process.env.TEST_EMBEDDED_DATABASE_DIR ?? ".data/test-postgres",
    port: Number(process.env.TEST_EMBEDDED_DATABASE_PORT ?? 54330),
    database: "postgres",
    settings: { port: "TEST_EMBEDDED_DATABASE_PORT", dir: "TEST_EMBEDDED_DATABASE_DIR" },
  });
  return { adminUrl: embedded.url, release: () => embedded.stop() };
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

async function withAdmin<T>(adminUrl: string, run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  await withAdmin(adminUrl, (sql) =>
    sql.unsafe(`create database ${quote(name)}${template ? ` template ${quote(template)}` : ""}`),
  );
  return databaseUrl(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, (sql) => sql.unsafe(`drop database if exists ${quote(name)} with (force)`));
}
