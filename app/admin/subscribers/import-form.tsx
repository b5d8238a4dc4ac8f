"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Notice } from "@/app/_ui/notice";
import type { ImportProgress, ImportResult } from "@/lib/newsletter/subscriber-import";

const MAX_BYTES = 10 * 1024 * 1024;

type Shown = { phase: "idle" } | { phase: "running"; progress: ImportProgress | null; total: number } | { phase: "done"; result: ImportResult } | { phase: "error"; message: string };

/** Reads the importer's answer, one JSON line per batch and the report last. */
async function readLines(response: Response, onLine: (value: { progress?: ImportProgress; result?: ImportResult }) => void) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) onLine(JSON.parse(line) as { progress?: ImportProgress; result?: ImportResult });
  }
}

/**
 * Sends the file itself (not a form post, which Next.js caps at 1 MB) to the import route and
 * shows how far it got while a big list goes in.
 */
export function ImportForm() {
  const router = useRouter();
  const [shown, setShown] = useState<Shown>({ phase: "idle" });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return setShown({ phase: "error", message: "Choose a CSV file to import." });
    if (file.size > MAX_BYTES) return setShown({ phase: "error", message: "The file is larger than 10 MB. Nothing was imported." });
    setShown({ phase: "running", progress: null, total: file.size });
    try {
      const response = await fetch("/admin/subscribers/import", { method: "POST", body: file, headers: { "content-type": "text/csv" } });
      if (!response.ok || !response.body) {
        const answer = (await response.json().catch(() => null)) as { error?: string } | null;
        return setShown({ phase: "error", message: answer?.error ?? "The import did not start. Nothing was imported; please try again." });
      }
      await readLines(response, (line) => {
        if (line.progress) setShown({ phase: "running", progress: line.progress, total: file.size });
        if (line.result) setShown({ phase: "done", result: line.result });
      });
      router.refresh();
    } catch {
      setShown({ phase: "error", message: "The connection broke during the import. Some rows may be in; importing the same file again is safe." });
    }
  }

  const running = shown.phase === "running";
  return (
    <form onSubmit={submit} className="space-y-4">
      <label className="block">
        <span className="block font-semibold">CSV file</span>
        <span className="block text-sm text-ink-muted">Substack&apos;s subscriber export, or any file with an email column (and optionally name). Up to 10 MB.</span>
        <input name="file" type="file" accept=".csv,text/csv" className="mt-1.5 block w-full rounded-xl border border-line bg-surface px-4 py-2.5" />
      </label>
      <button type="submit" disabled={running} className="min-h-11 rounded-full border border-line px-5 font-semibold hover:bg-sand disabled:opacity-60">
        {running ? "Importing …" : "Import"}
      </button>
      <noscript>
        <p className="text-sm text-ink-muted">Importing needs JavaScript in this browser.</p>
      </noscript>
      {running ? (
        <div role="status" className="space-y-2">
          <p>{shown.progress ? `Read ${shown.progress.lines.toLocaleString("en")} lines: ${shown.progress.imported.toLocaleString("en")} new, ${shown.progress.merged.toLocaleString("en")} merged so far …` : "Uploading …"}</p>
        </div>
      ) : null}
      {shown.phase === "error" ? <Notice tone="error" live>{shown.message}</Notice> : null}
      {shown.phase === "done" ? <ImportReport result={shown.result} /> : null}
    </form>
  );
}

function ImportReport({ result }: { result: ImportResult }) {
  const kept = result.keptUnsubscribed ? `, left ${result.keptUnsubscribed} unsubscribed as they asked` : "";
  const erased = result.erased ? `, left out ${result.erased} ${result.erased === 1 ? "address" : "addresses"} whose owner asked to be erased` : "";
  return (
    <Notice tone={!result.ok ? "error" : result.skipped ? "info" : "success"} live>
      {result.ok ? null : <>{result.imported + result.merged ? "" : "Nothing was imported. "}{result.error} </>}
      {result.ok || result.imported + result.merged ? `Imported ${result.imported}, merged ${result.merged}${kept}${erased}.` : null}
      {result.skipped ? (
        <>
          {" "}
          {result.skipped} {result.skipped === 1 ? "row was" : "rows were"} skipped{result.skipped > result.errors.length ? ` (the first ${result.errors.length} are listed)` : ""}:
          <ul className="mt-2 list-disc pl-5 text-sm">
            {result.errors.map((error) => (
              <li key={error.line}>
                Line {error.line}: {error.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Notice>
  );
}
