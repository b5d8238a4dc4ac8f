"use client";

import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { parseIntervals } from "@/lib/booking/intervals";

interface Range {
  key: number;
  from: string;
  to: string;
}

const clock = (minute: number) => `${String(Math.floor(minute / 60) % 24).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** A day's text ("09:00-12:00, 14:00-17:00") as rows; text it cannot read starts as one empty row the coach fixes. */
function toRanges(text: string): Range[] {
  const parsed = parseIntervals(text);
  if (!parsed.ok) return [{ key: 1, from: "", to: "" }];
  return parsed.intervals.map((interval, index) => ({ key: index + 1, from: clock(interval.startMinute), to: clock(interval.endMinute) }));
}

/** Rows back to the text the server reads; an end of 00:00 is midnight at the end of the day. */
function toText(ranges: Range[]): string {
  return ranges
    .filter((range) => range.from || range.to)
    .map((range) => `${range.from}-${range.to === "00:00" ? "24:00" : range.to}`)
    .join(", ");
}

/**
 * One weekday's hours as time pickers, with ranges added and removed by buttons. The form still
 * sends the text the server has always read (`day-N`, "09:00-12:00, 14:00-17:00"), so typed text
 * keeps working too ("Type the hours instead").
 */
export function DayHours({ weekday, label, initial, error }: { weekday: number; label: string; initial: string; error?: string }) {
  const [ranges, setRanges] = useState<Range[]>(() => toRanges(initial));
  const [typing, setTyping] = useState(false);
  const [text, setText] = useState(initial);
  const update = (key: number, patch: Partial<Range>) => setRanges((current) => current.map((range) => (range.key === key ? { ...range, ...patch } : range)));
  const nextKey = () => Math.max(0, ...ranges.map((range) => range.key)) + 1;
  const errorId = `day-${weekday}-error`;

  return (
    <fieldset className="rounded-2xl border border-line p-3" aria-describedby={error ? errorId : undefined}>
      <legend className="px-1 font-semibold">{label}</legend>
      {typing ? (
        <>
          <label className="block text-sm">
            <span className="sr-only">{label}: hours as text</span>
            <input name={`day-${weekday}`} value={text} onChange={(event) => setText(event.target.value)} placeholder="Closed" className="block min-h-11 w-full rounded-xl border border-line bg-surface px-3" />
          </label>
          <button
            type="button"
            onClick={() => {
              setRanges(toRanges(text));
              setTyping(false);
            }}
            className="mt-2 inline-flex min-h-11 items-center text-sm underline underline-offset-4"
          >
            Use time pickers<span className="sr-only"> for {label}</span>
          </button>
        </>
      ) : (
        <>
          <input type="hidden" name={`day-${weekday}`} value={toText(ranges)} />
          {ranges.length === 0 ? <p className="py-2 text-sm text-ink-muted">Closed: no calls on {label}s.</p> : null}
          {/* Below a tablet's width the time fields hide their clock icon: "09:00 AM" needs the room, and a tap opens the picker anyway. */}
          <ul className="space-y-2">
            {ranges.map((range, index) => (
              <li key={range.key} className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] items-end gap-2">
                <label className="min-w-0 text-sm">
                  From<span className="sr-only"> ({label}, range {index + 1})</span>
                  <input type="time" step={300} value={range.from} onChange={(event) => update(range.key, { from: event.target.value })} className="mt-1 block min-h-11 w-full min-w-0 rounded-xl border border-line bg-surface px-2 text-sm tabular-nums max-sm:[&::-webkit-calendar-picker-indicator]:hidden" />
                </label>
                <label className="min-w-0 text-sm">
                  To<span className="sr-only"> ({label}, range {index + 1})</span>
                  <input type="time" step={300} value={range.to} onChange={(event) => update(range.key, { to: event.target.value })} className="mt-1 block min-h-11 w-full min-w-0 rounded-xl border border-line bg-surface px-2 text-sm tabular-nums max-sm:[&::-webkit-calendar-picker-indicator]:hidden" />
                </label>
                <button type="button" onClick={() => setRanges((current) => current.filter((entry) => entry.key !== range.key))} className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-line text-sm hover:bg-sand">
                  <Trash2 aria-hidden="true" className="size-4" />
                  <span className="sr-only">
                    Remove {label} range {index + 1}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <div className="mt-2 flex flex-wrap gap-x-4">
            <button
              type="button"
              onClick={() => {
                const last = ranges.at(-1);
                setRanges((current) => [...current, last?.to ? { key: nextKey(), from: last.to, to: "" } : { key: nextKey(), from: "09:00", to: "12:00" }]);
              }}
              className="inline-flex min-h-11 items-center gap-1 text-sm font-semibold text-moss-strong"
            >
              <Plus aria-hidden="true" className="size-4" /> Add hours<span className="sr-only"> on {label}</span>
            </button>
            <button
              type="button"
              onClick={() => {
                setText(toText(ranges));
                setTyping(true);
              }}
              className="inline-flex min-h-11 items-center text-sm underline underline-offset-4"
            >
              Type the hours instead<span className="sr-only"> for {label}</span>
            </button>
          </div>
        </>
      )}
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-semibold text-danger">
          ⚠ {error}
        </p>
      ) : null}
    </fieldset>
  );
}
