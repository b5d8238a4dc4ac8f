import postgres from "postgres";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";
import { createDatabase } from "../../db/connect";
import { needsSeed, seedDatabase } from "../../lib/seed/seed";
import { EnvError, parseEnv, redactUrl, type Env } from "../../lib/platform/env";
import { fileStorageFor } from "../../lib/composition/infrastructure";
import { fail, log } from "./log";

export interface PreparedDatabase {
  url: string;
  embedded: EmbeddedPostgres | undefined;
  /** Stops the embedded server if this process started it. Safe to call twice. */
  release(): Promise<void>;
}

export function loadEnvOrExit(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      fail(`Configuration error: ${error.problems.join("; ")}. See the Configuration table in README.md.`);
    }
    throw error;
  }
}

/** Turns a postgres.js / socket error into the one line a person needs. */
export function describeConnectionError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "ECONNREFUSED":
      return "nothing is listening there (connection refused)";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "the host name does not resolve";
    case "CONNECT_TIMEOUT":
    case "ETIMEDOUT":
      return "the connection timed out";
    case "28P01":
    case "28000":
      return "the user name or password was rejected";
    case "3D000":
      return "that database does not exist (create it first)";
    default:
      return message.split("\n")[0] ?? "unknown error";
  }
}

async function assertReachable(url: string) {
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`select 1`;
  } catch (error) {
    fail(`Cannot reach PostgreSQL at ${redactUrl(url)}: ${describeConnectionError(error)}.`);
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL. Then migrations, and the demo seed
 * when asked and the database is empty.
 */
export async function prepareDatabase(
  env: Env,
  options: { seed: "if-empty" | "if-empty-and-embedded" | "never" },
): Promise<PreparedDatabase> {
  let embedded: EmbeddedPostgres | undefined;
  let url: string;

  if (env.DATABASE_URL) {
    url = env.DATABASE_URL;
    await assertReachable(url);
    log(`Using PostgreSQL at ${redactUrl(url)}`);
  } else {
    try {
      embedded = await startEmbeddedPostgres({
        dir: env.EMBEDDED_DATABASE_DIR,
        port: env.EMBEDDED_DATABASE_PORT,
        database: "coach",
        log,
      });
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
    url = embedded!.url;
    log(`Embedded PostgreSQL on 127.0.0.1:${env.EMBEDDED_DATABASE_PORT}, data in ${env.EMBEDDED_DATABASE_DIR}`);
  }

  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await embedded?.stop();
  };

  try {
    await runMigrations(url);
    const shouldSeed = options.seed === "if-empty" || (options.seed === "if-empty-and-embedded" && embedded);
    if (shouldSeed) {
      const { db, sql } = createDatabase(url, { max: 1 });
      try {
        if (await needsSeed(db)) {
          const result = await seedDatabase(db, new Date(), fileStorageFor(env, db));
          log(`Seeded demo content: ${result.routines} routines, ${result.courses} course.`);
        }
      } finally {
        await sql.end({ timeout: 5 });
      }
    }
  } catch (error) {
    await release();
    fail(`Database setup failed: ${describeConnectionError(error)}`);
  }

  return { url, embedded, release };
}
