import type { TestProject } from "vitest/node";
import { runMigrations } from "../migrate";
import { acquireTestServer, createDatabase, dropDatabase, uniqueDatabaseName } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { adminUrl: string; template: string };
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

  return async () => {
    await dropDatabase(server.adminUrl, template);
    await server.release();
  };
}
