"use client";

import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { MarkdownField } from "@/app/_ui/markdown-field";
import { placeOnOwnLine, routineDirective } from "@/lib/course/routine-directives";

const BODY_ID = "lesson-body";

/**
 * The lesson text with a routine picker: the chosen routine's line (::routine[slug]) goes in at
 * the cursor, on a line of its own, so the coach never types the syntax.
 */
export function LessonBodyField({ defaultValue, error, routines }: { defaultValue: string; error?: string; routines: { slug: string; title: string }[] }) {
  const [value, setValue] = useState(defaultValue);
  const [routine, setRoutine] = useState(routines[0]?.slug ?? "");
  const [placed, setPlaced] = useState<string | null>(null);

  const insert = () => {
    const chosen = routines.find((entry) => entry.slug === routine);
    if (!chosen) return;
    const area = document.getElementById(BODY_ID) as HTMLTextAreaElement | null;
    const at = area && document.activeElement !== null ? area.selectionStart : value.length;
    const next = placeOnOwnLine(value, routineDirective(chosen.slug), at ?? value.length);
    setValue(next.text);
    setPlaced(`“${chosen.title}” is placed in the lesson text.`);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(next.cursor, next.cursor);
    });
  };

  return (
    <div className="space-y-3">
      <MarkdownField
        name="body"
        label="Lesson text"
        hint="Markdown. Headings, lists and links work; HTML is shown as text. Place a routine with the picker below: it shows with its guided player."
        value={value}
        onChange={setValue}
        error={error}
        fieldId={BODY_ID}
      />
      {routines.length ? (
        <div className="flex flex-wrap items-end gap-3 rounded-2xl bg-sand/50 p-3">
          <label className="block text-sm font-semibold">
            Routine to place
            <select value={routine} onChange={(event) => setRoutine(event.target.value)} className="mt-1 block min-h-11 rounded-xl border border-line bg-surface px-3">
              {routines.map((entry) => (
                <option key={entry.slug} value={entry.slug}>
                  {entry.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={insert} className="inline-flex min-h-11 items-center gap-2 rounded-full border border-moss/60 px-4 font-semibold hover:bg-sand">
            <Plus aria-hidden="true" className="size-4" /> Place it at the cursor
          </button>
          <p role="status" className="text-sm text-ink-muted">
            {placed}
          </p>
        </div>
      ) : null}
    </div>
  );
}

interface DownloadRow {
  key: number;
  label: string;
  url: string;
}

/**
 * Downloads as rows of a name and a link, added and removed with buttons. They are sent in the
 * text form the server reads ("Label | link" lines), which it still accepts as typed.
 */
export function DownloadsField({ defaultValue, error }: { defaultValue: string; error?: string }) {
  const [rows, setRows] = useState<DownloadRow[]>(() => parseRows(defaultValue));
  const update = (key: number, patch: Partial<DownloadRow>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const serialised = rows
    .filter((row) => row.label.trim() || row.url.trim())
    .map((row) => `${row.label.trim()} | ${row.url.trim()}`)
    .join("\n");

  return (
    <fieldset className="space-y-3 rounded-2xl border border-line p-4" aria-describedby={error ? "downloads-error" : undefined}>
      <legend className="px-1 font-semibold">Downloads</legend>
      <p className="text-sm text-ink-muted">A worksheet or an audio file for the lesson: a name learners see, and an https:// link or a /uploads/ path.</p>
      <input type="hidden" name="downloads" value={serialised} />
      {rows.map((row, index) => (
        <div key={row.key} className="grid gap-2 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
          <label className="block text-sm font-semibold">
            Name of download {index + 1}
            <input value={row.label} onChange={(event) => update(row.key, { label: event.target.value })} maxLength={120} className="mt-1 block min-h-11 w-full rounded-xl border border-line bg-surface px-3" />
          </label>
          <label className="block text-sm font-semibold">
            Link of download {index + 1}
            <input value={row.url} onChange={(event) => update(row.key, { url: event.target.value })} inputMode="url" placeholder="https://… or /uploads/…" className="mt-1 block min-h-11 w-full rounded-xl border border-line bg-surface px-3" />
          </label>
          <button type="button" onClick={() => setRows((current) => current.filter((entry) => entry.key !== row.key))} className="inline-flex min-h-11 items-center justify-center gap-1 rounded-full border border-line px-3 text-sm hover:bg-sand">
            <Trash2 aria-hidden="true" className="size-4" /> Remove<span className="sr-only"> download {index + 1}</span>
          </button>
        </div>
      ))}
      {error ? (
        <p id="downloads-error" className="text-sm font-semibold text-danger">
          ⚠ {error}
        </p>
      ) : null}
      <button
        type="button"
        onClick={() => setRows((current) => [...current, { key: Math.max(0, ...current.map((row) => row.key)) + 1, label: "", url: "" }])}
        className="inline-flex min-h-11 items-center gap-2 rounded-full border border-moss/60 px-4 font-semibold hover:bg-sand"
      >
        <Plus aria-hidden="true" className="size-4" /> Add a download
      </button>
    </fieldset>
  );
}

function parseRows(text: string): DownloadRow[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => {
      const bar = line.indexOf("|");
      return bar === -1 ? { key: index + 1, label: "", url: line } : { key: index + 1, label: line.slice(0, bar).trim(), url: line.slice(bar + 1).trim() };
    });
}
