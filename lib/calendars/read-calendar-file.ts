import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { CalendarParseError, DEFAULT_BUDGET, parseBusyTimes, type BusyTimes, type ExpansionBudget } from "./busy-times";
import { CalendarFetchError, fetchCalendar, type FetchLimits } from "./fetch-calendar";

/** One read of a calendar's address: what to send, how long it may take, which days to expand. */
export interface CalendarReadInput {
  url: string;
  validators: { etag: string | null; lastModified: string | null };
  limits: FetchLimits;
  window: { from: Date; to: Date; timeZone: string };
  budget?: ExpansionBudget;
}

export type CalendarReadResult =
  | { status: "not-modified" }
  | { status: "ok"; parsed: BusyTimes; etag: string | null; lastModified: string | null };

export type ReadCalendarFile = (input: CalendarReadInput) => Promise<CalendarReadResult>;

/** What a thread tells its parent. */
export type ThreadMessage =
  | { kind: "fetched" }
  | { kind: "done"; result: CalendarReadResult }
  | { kind: "failed"; name: string; message: string };

/** Fetch and expand in this thread. The thread's body, and the reader for tests of the service. */
export async function readCalendarHere(input: CalendarReadInput, onFetched: () => void = () => {}): Promise<CalendarReadResult> {
  const fetched = await fetchCalendar(input.url, input.validators, input.limits);
  if (fetched.status === "not-modified") return fetched;
  onFetched();
  return { status: "ok", parsed: parseBusyTimes(fetched.body, input.window, input.budget ?? DEFAULT_BUDGET), etag: fetched.etag, lastModified: fetched.lastModified };
}

/** The built thread beside the standalone server (scripts/build.ts); from source everywhere else. */
const BUILT_THREAD = "calendar-thread.mjs";

function startThread(input: CalendarReadInput, maxMemoryMb: number): Worker {
  const options = { workerData: input, resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb }, stdout: false, stderr: false };
  const built = path.resolve(BUILT_THREAD);
  // Not `new Worker(built)`: the bundler would try to bundle the file at build time, before it exists.
  if (existsSync(built)) return Reflect.construct(Worker, [built, options]) as Worker;
  // From source (npm run dev, npm run worker, the tests): the thread loads tsx, then the TypeScript.
  const tsxFolder = path.dirname(createRequire(path.resolve("package.json")).resolve("tsx/package.json"));
  const tsx = pathToFileURL(path.join(tsxFolder, "dist/esm/api/index.mjs")).href;
  const body = pathToFileURL(path.resolve("lib/calendars/calendar-thread.ts")).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(body)}); });`, { ...options, eval: true });
}

export interface CalendarThreadOptions {
  /** Wall-clock time the expansion may take once the file has arrived (it owns a core meanwhile). */
  workBudgetMs: number;
  /** Heap the thread may use: a file that needs more is reported, not allowed to grow the process. */
  maxMemoryMb?: number;
}

/**
 * Reads each calendar in a thread of its own, so a hostile file (an invitation anyone can send
 * may repeat every second since 1990) costs that thread, never the event loop that answers web
 * requests. The thread is ended when the expansion passes its budget, and by `stopAll` on
 * shutdown; the read then fails with a sentence and the calendar keeps its last good busy times.
 */
export function createCalendarThreads(options: CalendarThreadOptions) {
  const running = new Set<Worker>();

  const read: ReadCalendarFile = (input) =>
    new Promise<CalendarReadResult>((resolve, reject) => {
      const thread = startThread(input, options.maxMemoryMb ?? 384);
      running.add(thread);
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        running.delete(thread);
        outcome();
        void thread.terminate();
      };
      // The fetch keeps its own time limit (limits.timeoutMs); this one is a backstop.
      timer = setTimeout(() => settle(() => reject(new CalendarFetchError(`The calendar server did not answer within ${Math.round(input.limits.timeoutMs / 1000)} seconds.`))), input.limits.timeoutMs + 5_000);
      thread.on("message", (message: ThreadMessage) => {
        if (message.kind === "fetched") {
          clearTimeout(timer);
          timer = setTimeout(
            () => settle(() => reject(new CalendarParseError(`Reading this calendar needed more than ${Math.round(options.workBudgetMs / 1000)} seconds of work, so it was stopped. It is larger or more complicated than a calendar can be read with; busy times from its last good read still count.`))),
            options.workBudgetMs,
          );
        } else if (message.kind === "done") settle(() => resolve(message.result));
        else settle(() => reject(message.name === "CalendarFetchError" ? new CalendarFetchError(message.message) : message.name === "CalendarParseError" ? new CalendarParseError(message.message) : new Error(message.message)));
      });
      thread.on("error", (error: Error & { code?: string }) =>
        settle(() => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new CalendarParseError("This calendar needs more memory to read than a calendar may use, so it was not read; busy times from its last good read still count.") : error)),
      );
      thread.on("exit", () => settle(() => reject(new CalendarReadStopped())));
    });

  return {
    read,
    /** Ends every read in progress (shutdown): a CPU-bound expansion must not hold the process. */
    async stopAll() {
      await Promise.all([...running].map((thread) => thread.terminate()));
    },
  };
}

/** A read ended from outside (shutdown): not the calendar's fault, so nothing is recorded. */
export class CalendarReadStopped extends Error {
  constructor() {
    super("The calendar read was stopped before it finished.");
    this.name = "CalendarReadStopped";
  }
}
