"use client";

import { zoneLabel } from "@/lib/booking/format";

/** A GET form: works without JavaScript; with it, choosing a zone applies at once. */
export function TimezoneForm({ value, zones }: { value: string; zones: readonly string[] }) {
  return (
    <form action="/consultation" method="get" className="flex flex-wrap items-end gap-3">
      <label className="block">
        <span className="block font-semibold">Show times in</span>
        <select
          name="tz"
          defaultValue={value}
          onChange={(event) => event.currentTarget.form?.requestSubmit()}
          className="mt-1.5 block w-72 max-w-full rounded-xl border border-line bg-surface px-4 py-3"
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zoneLabel(zone)}
            </option>
          ))}
        </select>
      </label>
      <noscript>
        <button type="submit" className="min-h-11 rounded-full border border-line px-5">Show</button>
      </noscript>
    </form>
  );
}
