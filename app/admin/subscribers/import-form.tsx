"use client";

import { useActionState } from "react";
import { TextField } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import { importSubscribers, type ImportState } from "./actions";

export function ImportForm() {
  const [state, action] = useActionState<ImportState, FormData>(importSubscribers, { ok: null });
  return (
    <form action={action} className="space-y-4">
      <TextField name="file" label="CSV file" type="file" accept=".csv,text/csv" hint="Substack's subscriber export, or any file with an email column (and optionally name)." />
      <SubmitButton variant="secondary" pendingLabel="Importing …">Import</SubmitButton>
      {state.ok === false ? <Notice tone="error" live>Nothing was imported. {state.error}</Notice> : null}
      {state.ok === true ? (
        <Notice tone={state.errors.length ? "info" : "success"} live>
          Imported {state.imported}, merged {state.merged}
          {state.keptUnsubscribed ? `, left ${state.keptUnsubscribed} unsubscribed as they asked` : ""}.
          {state.errors.length ? (
            <>
              {" "}
              {state.errors.length} {state.errors.length === 1 ? "row was" : "rows were"} skipped:
              <ul className="mt-2 list-disc pl-5 text-sm">
                {state.errors.slice(0, 50).map((error) => (
                  <li key={error.line}>
                    Line {error.line}: {error.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Notice>
      ) : null}
    </form>
  );
}
