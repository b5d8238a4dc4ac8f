import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const control =
  "mt-1.5 block w-full rounded-xl border border-line bg-surface px-4 py-3 text-base text-ink shadow-none placeholder:text-ink-muted/70 focus-visible:border-moss aria-[invalid=true]:border-danger";

interface FieldShellProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

/** Label, control, hint and error wired together: the error is announced with the field. */
function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1.5 flex items-start gap-1.5 text-sm font-semibold text-danger">
          <span aria-hidden="true">⚠</span>
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

type Common = { name: string; label: string; hint?: ReactNode; error?: string; id?: string };

export function TextField({ name, label, hint, error, id = name, ...props }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={control} {...props} />
    </FieldShell>
  );
}

export function TextArea({ name, label, hint, error, id = name, ...props }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={`${control} min-h-28 leading-relaxed`} {...props} />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  hint,
  error,
  id = name,
  children,
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {/* React resets a form after its action returns, and a <select> goes back to the option it was
          first mounted with: React never moves `defaultSelected` to a new defaultValue. Keyed on the
          value, the select mounts afresh with it, so an answer survives an error on another field. */}
      <select key={String(props.defaultValue ?? "")} id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={control} {...props}>
        {children}
      </select>
    </FieldShell>
  );
}
