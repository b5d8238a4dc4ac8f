"use client";

import { useId, useState } from "react";
import { TextArea } from "./field";
import { Markdown } from "./markdown";

/**
 * A markdown text area with a Preview toggle that shows exactly what the public page will render.
 * With `live`, wide screens show the text and its preview side by side, updated as you type; on a
 * phone the toggle stays (there is no room for two columns).
 */
export function MarkdownField({ name, label, hint, value, onChange, error, breaks = false, rows = 6, live = false, fieldId }: { name: string; label: string; hint: string; value: string; onChange: (value: string) => void; error?: string; breaks?: boolean; rows?: number; live?: boolean; /** The text area's id, for a caller that inserts at the cursor. */ fieldId?: string }) {
  const [preview, setPreview] = useState(false);
  const generated = useId();
  const id = fieldId ?? generated;
  const rendered = value.trim() ? <Markdown breaks={breaks}>{value}</Markdown> : <p className="text-ink-muted">Nothing written yet.</p>;
  const field = <TextArea id={fieldId ?? `${id}-field`} name={name} label={label} hint={hint} value={value} onChange={(event) => onChange(event.target.value)} error={error} rows={rows} />;
  const toggle = (
    <button type="button" onClick={() => setPreview(!preview)} aria-pressed={preview} className={`mt-2 inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm hover:bg-sand ${live ? "lg:hidden" : ""}`}>
      {preview ? `Edit ${label.toLowerCase()}` : `Preview ${label.toLowerCase()}`}
    </button>
  );
  if (live) {
    return (
      <div>
        <div className="lg:grid lg:grid-cols-2 lg:items-start lg:gap-6">
          <div className={preview ? "hidden lg:block" : ""}>{field}</div>
          <div className={preview ? "" : "hidden lg:block"}>
            <p className="font-semibold" id={`${id}-label`}>
              {label}: as readers see it
            </p>
            <p className="mt-0.5 hidden text-sm text-ink-muted lg:block">Updates as you type.</p>
            <div className="mt-1.5 max-h-[40rem] min-h-28 overflow-y-auto lg:min-h-[28rem] rounded-xl border border-dashed border-line bg-surface p-4" aria-labelledby={`${id}-label`} role="region">
              {rendered}
            </div>
          </div>
        </div>
        {toggle}
      </div>
    );
  }
  return (
    <div>
      {preview ? (
        <>
          <p className="font-semibold" id={`${id}-label`}>{label}: preview</p>
          <div className="mt-1.5 min-h-28 rounded-xl border border-dashed border-line bg-surface p-4" aria-labelledby={`${id}-label`} role="region">
            {rendered}
          </div>
        </>
      ) : (
        field
      )}
      {toggle}
    </div>
  );
}

/** The same field keeping its own value, for plain forms that post with FormData. */
export function UncontrolledMarkdownField({ defaultValue, ...props }: { name: string; label: string; hint: string; defaultValue: string; error?: string; breaks?: boolean; rows?: number; live?: boolean }) {
  const [value, setValue] = useState(defaultValue);
  return <MarkdownField {...props} value={value} onChange={setValue} />;
}
