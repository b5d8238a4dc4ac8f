import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { freePort } from "@/scripts/lib/free-port";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";

// Under the system temp folder: PostgreSQL runs as its own user, which must be able to enter it.
const dir = mkdtempSync(path.join(tmpdir(), "coach-embedded-"));
chmodSync(dir, 0o755);
let cluster: EmbeddedPostgres | undefined;

afterAll(async () => {
  await cluster?.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

it("waits for a server that is shutting down in its folder, then starts its own instead of reusing a dying one", async () => {
  const dataDir = path.join(dir, "data");
  const port = await freePort();
  // A cluster from an earlier run, stopped.
  await (await startEmbeddedPostgres({ dir: dataDir, port, database: "coach_embedded" })).stop();
  // What a server that was just told to stop leaves behind: its pid file, state "stopping", for a second.
  const dying = spawn(process.execPath, ["-e", "setTimeout(() => {}, 1500)"]);
  writeFileSync(path.join(dataDir, "postmaster.pid"), [dying.pid, dataDir, "0", "5432", "/tmp", "127.0.0.1", "0 0", "stopping", ""].join("\n"));
  const lines: string[] = [];
  cluster = await startEmbeddedPostgres({ dir: dataDir, port, database: "coach_embedded", log: (line) => lines.push(line) });
  expect(cluster.reused).toBe(false);
  expect(lines.some((line) => line.includes("is shutting down; waiting"))).toBe(true);
  expect(dying.exitCode).not.toBeNull();
}, 120_000);

it("names the setting that chose a port that is taken", async () => {
  await cluster?.stop();
  cluster = undefined;
  const blocker = createServer();
  const port = await freePort();
  await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
  try {
    const settings = { port: "TEST_EMBEDDED_DATABASE_PORT", dir: "TEST_EMBEDDED_DATABASE_DIR" };
    await expect(startEmbeddedPostgres({ dir: path.join(dir, "data"), port, database: "coach_embedded", settings, log: () => undefined })).rejects.toThrow(
      `Port ${port} is taken: set TEST_EMBEDDED_DATABASE_PORT to a free port.`,
    );
  } finally {
    blocker.close();
  }
}, 120_000);
