"use client";

import { useId, useState } from "react";
import { TextArea } from "./field";
import { Markdown } from "./markdown";

/** A markdown text area with a Preview toggle that shows exactly what the public page will render. */
export function MarkdownField({ name, label, hint, value, onChange, error, breaks = false, rows = 6 }: { name: string; label: string; hint: string; value: string; onChange: (value: string) => void; error?: string; breaks?: boolean; rows?: number }) {
  const [preview, setPreview] = useState(false);
  const id = useId();
  return (
    <div>
      {preview ? (
        <>
          <p className="font-semibold" id={`${id}-label`}>{label}: preview</p>
          <div className="mt-1.5 min-h-28 rounded-xl border border-dashed border-line bg-surface p-4" aria-labelledby={`${id}-label`} role="region">
            {value.trim() ? <Markdown breaks={breaks}>{value}</Markdown> : <p className="text-ink-muted">Nothing written yet.</p>}
          </div>
        </>
      ) : (
        <TextArea id={`${id}-field`} name={name} label={label} hint={hint} value={value} onChange={(event) => onChange(event.target.value)} error={error} rows={rows} />
      )}
      <button type="button" onClick={() => setPreview(!preview)} aria-pressed={preview} className="mt-2 inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm hover:bg-sand">
        {preview ? `Edit ${label.toLowerCase()}` : `Preview ${label.toLowerCase()}`}
      </button>
    </div>
  );
}

/** The same field keeping its own value, for plain forms that post with FormData. */
export function UncontrolledMarkdownField({ defaultValue, ...props }: { name: string; label: string; hint: string; defaultValue: string; error?: string; breaks?: boolean; rows?: number }) {
  const [value, setValue] = useState(defaultValue);
  return <MarkdownField {...props} value={value} onChange={setValue} />;
}
