/**
 * The body of a calendar-reading thread (see read-calendar-file.ts): fetches one calendar and
 * expands its busy times, off the event loop that answers web requests. It says "fetched" before
 * it starts expanding, so the parent can give the expansion its own time budget.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readCalendarHere, type CalendarReadInput, type ThreadMessage } from "./read-calendar-file";

const post = (message: ThreadMessage) => parentPort!.postMessage(message);

try {
  const result = await readCalendarHere(workerData as CalendarReadInput, () => post({ kind: "fetched" }));
  post({ kind: "done", result });
} catch (error) {
  post({ kind: "failed", name: error instanceof Error ? error.name : "Error", message: error instanceof Error ? error.message : String(error) });
}
