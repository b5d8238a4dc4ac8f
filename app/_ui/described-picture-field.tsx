import { TextField } from "./field";

/**
 * One optional picture in a back-office form: the current one with a way to remove it, a file to
 * replace it, and the words that describe it (the service refuses a picture without them).
 */
export function DescribedPictureField({
  name,
  legend,
  intro,
  hint,
  currentUrl,
  alt,
  errors,
  removeChecked = false,
  previewAlt,
  emptyLabel,
}: {
  /** "portrait", "photo": the labels say it, and the field names follow it (`portrait`, `portraitAlt`, `removePortrait`). */
  name: string;
  legend: string;
  intro?: string;
  hint: string;
  currentUrl: string | null;
  alt: string;
  errors: Record<string, string>;
  removeChecked?: boolean;
  /** The current picture's alt text in the form ("Your current portrait"). */
  previewAlt: string;
  /** The file field's label while there is no picture yet. */
  emptyLabel: string;
}) {
  const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
  return (
    <fieldset className="space-y-4 rounded-2xl border border-line p-4">
      <legend className="px-1 font-semibold">{legend}</legend>
      {intro ? <p className="text-sm text-ink-muted">{intro}</p> : null}
      {currentUrl ? (
        <div className="flex items-center gap-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- the coach's own preview, as uploaded */}
          <img src={currentUrl} alt={previewAlt} className="size-20 rounded-full border border-line object-cover" />
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name={`remove${capitalised}`} defaultChecked={removeChecked} className="size-5 accent-moss" />
            Remove the {name}
          </label>
        </div>
      ) : null}
      <TextField
        name={name}
        label={currentUrl ? `Replace the ${name}` : emptyLabel}
        hint={hint}
        type="file"
        accept="image/png,image/jpeg,image/webp,image/gif"
        error={errors[name]}
      />
      <TextField
        name={`${name}Alt`}
        label={`What the ${name} shows`}
        hint={`Read aloud to people who cannot see it. Needed with a ${name}.`}
        maxLength={200}
        defaultValue={alt}
        error={errors[`${name}Alt`]}
      />
    </fieldset>
  );
}
