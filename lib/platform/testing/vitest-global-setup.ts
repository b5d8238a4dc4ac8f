import type { TestProject } from "vitest/node";
import { runMigrations } from "../../../db/migrate";
import { redisForTests } from "./local-redis";
import { acquireTestServer, createDatabase, dropDatabase, uniqueDatabaseName } from "../../../db/testing/server";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { adminUrl: string; template: string };
    /** TEST_REDIS_URL, or a Redis answering on 127.0.0.1:6379; null when there is none. */
    redisUrl: string | null;
  }
}

/**
 * Migrates one template database per run; every database test file then clones it, which takes
 * milliseconds and gives each file a fresh, fully migrated database of its own.
 */
export default async function setup(project: TestProject) {
  const server = await acquireTestServer();
  const template = uniqueDatabaseName("coach_template");
  const templateUrl = await createDatabase(server.adminUrl, template);
  await runMigrations(templateUrl);
  project.provide("testDatabase", { adminUrl: server.adminUrl, template });
  const redisUrl = await redisForTests();
  if (!redisUrl) console.warn("No Redis (TEST_REDIS_URL unset and nothing on 127.0.0.1:6379): the shared-cache tests are skipped.");
  project.provide("redisUrl", redisUrl);

  return async () => {
    await dropDatabase(server.adminUrl, template);
    await server.release();
  };
}
