"use client";

import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { startTransition, useActionState, useEffect, useRef, useState, type ChangeEvent } from "react";
import { SelectField, TextArea, TextField } from "@/app/_ui/field";
import { MarkdownField } from "@/app/_ui/markdown-field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { RoutineInput } from "@/lib/routines/schema";
import { isVideoKey } from "@/lib/platform/storage/storage";
import { slugify } from "@/lib/platform/text/slug";
import { BODY_AREA_LABELS, BODY_AREAS, DIFFICULTIES, EQUIPMENT, EQUIPMENT_LABELS, SIDES } from "@/lib/routines/taxonomy";
import type { FormState } from "@/lib/platform/forms/action";
import { BODY_LIMITS } from "@/lib/platform/server/body-limits.mjs";
import { saveRoutine } from "./actions";

/** What one save may carry (the server refuses more before reading it); the text fields need the rest. */
const FILES_PER_SAVE = BODY_LIMITS.coachForm - 512 * 1024;
const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;

/** The new files a save would send, added up in the browser so a save too large is never sent. */
function filesTooLarge(form: HTMLFormElement): string | null {
  let total = 0;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="file"]')) for (const file of input.files ?? []) total += file.size;
  if (total <= FILES_PER_SAVE) return null;
  return `The new pictures and videos add up to ${megabytes(total)}; one save can carry ${megabytes(FILES_PER_SAVE)}. Save with some of them, then add the rest.`;
}

type StepDraft = RoutineInput["steps"][number] & { key: string; kind: "seconds" | "repetitions"; amount: string };

const toDraft = (step: RoutineInput["steps"][number], index: number): StepDraft => ({
  ...step,
  key: `step-${index}-${Math.random().toString(36).slice(2)}`,
  kind: step.repetitions !== null ? "repetitions" : "seconds",
  amount: String(step.repetitions ?? step.durationSeconds ?? ""),
});

const toStep = (draft: StepDraft): RoutineInput["steps"][number] => {
  const amount = draft.amount.trim() === "" ? Number.NaN : Number(draft.amount);
  const value = Number.isFinite(amount) ? amount : (null as unknown as number);
  return {
    instruction: draft.instruction,
    spokenCue: draft.spokenCue?.trim() ? draft.spokenCue : null,
    mediaKey: draft.mediaKey,
    mediaAlt: draft.mediaAlt?.trim() ? draft.mediaAlt : null,
    side: draft.side,
    durationSeconds: draft.kind === "seconds" ? value : null,
    repetitions: draft.kind === "repetitions" ? value : null,
  };
};

/** A file chosen in a file field, shown before it is saved. */
interface ChosenFile {
  url: string;
  name: string;
  video: boolean;
}

function chooseFile(event: ChangeEvent<HTMLInputElement>, previous: ChosenFile | undefined): ChosenFile | undefined {
  if (previous) URL.revokeObjectURL(previous.url);
  const file = event.target.files?.[0];
  return file ? { url: URL.createObjectURL(file), name: file.name, video: file.type.startsWith("video/") } : undefined;
}

export function RoutineEditor({ id, initial, imageUrl: savedImageUrl }: { id?: string; initial: RoutineInput; imageUrl?: string | null }) {
  const [state, action, saving] = useActionState<FormState, FormData>(saveRoutine, {});
  const formRef = useRef<HTMLFormElement>(null);
  const [imageUrl, setImageUrl] = useState(savedImageUrl ?? null);
  // Chosen files by step key ("cover" for the cover picture), previewed until saved.
  const [chosen, setChosen] = useState<Record<string, ChosenFile | undefined>>({});
  const [fields, setFields] = useState(() => ({ ...initial, steps: undefined }));
  const [steps, setSteps] = useState(() => initial.steps.map(toDraft));
  const [slugTouched, setSlugTouched] = useState(Boolean(id));
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const errors = state.errors ?? {};
  const errorCount = Object.keys(errors).length;

  // Saved: the routine now shows the files that were chosen, so the editor shows them as saved,
  // and the file fields are emptied (a second save must not upload them again). After a refused
  // save nothing changes: the chosen files stay chosen (the form is never reset, see onSubmit).
  const appliedSave = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!state.savedAt || errorCount || appliedSave.current === state.savedAt || !state.values?.saved) return;
    appliedSave.current = state.savedAt;
    const saved = JSON.parse(state.values.saved) as { imageKey: string | null; stepMediaKeys: (string | null)[] };
    setSteps((current) => current.map((step, index) => ({ ...step, mediaKey: saved.stepMediaKeys[index] ?? null })));
    setImageUrl(saved.imageKey ? `/uploads/${saved.imageKey}` : null);
    setFields((current) => ({ ...current, removeImage: false }));
    setChosen((current) => {
      for (const file of Object.values(current)) if (file) URL.revokeObjectURL(file.url);
      return {};
    });
    for (const input of formRef.current?.querySelectorAll<HTMLInputElement>('input[type="file"]') ?? []) input.value = "";
  }, [state.savedAt, state.values, errorCount]);

  const set = <K extends keyof RoutineInput>(key: K, value: RoutineInput[K]) => setFields((current) => ({ ...current, [key]: value }));
  const toggle = <T extends string>(list: readonly T[], value: T) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);
  const updateStep = (index: number, patch: Partial<StepDraft>) => setSteps((current) => current.map((step, at) => (at === index ? { ...step, ...patch } : step)));
  const moveStep = (index: number, by: number) =>
    setSteps((current) => {
      const next = [...current];
      const [moved] = next.splice(index, 1);
      next.splice(index + by, 0, moved!);
      return next;
    });

  const payload = JSON.stringify({ ...fields, imageAlt: fields.imageAlt?.trim() ? fields.imageAlt : null, steps: steps.map(toStep) });

  return (
    <form
      ref={formRef}
      action={action}
      className="mt-8 space-y-8"
      noValidate
      onSubmit={(event) => {
        // Sent from here rather than by the form's action: React resets a form after its action,
        // and a reset empties the file fields, so a refused save would silently lose the pictures
        // chosen for it. Without JavaScript the form posts as usual.
        event.preventDefault();
        const problem = filesTooLarge(event.currentTarget);
        setTooLarge(problem);
        if (problem) return;
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
    >
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <input type="hidden" name="payload" value={payload} />
      {errorCount ? (
        <Notice tone="error" live>
          Nothing was saved. {errors.form ?? (errorCount === 1 ? "One thing needs attention." : `${errorCount} things need attention.`)}
        </Notice>
      ) : null}
      {state.savedAt && !errorCount && !saving ? (
        <Notice tone="success" live>
          Saved. {fields.status === "published" ? "The public page shows it now." : "It is a draft: only you can see it."}
        </Notice>
      ) : null}

      <section className="grid gap-6 md:grid-cols-2">
        <TextField
          name="title"
          label="Title"
          value={fields.title}
          error={errors.title}
          onChange={(event) => {
            set("title", event.target.value);
            if (!slugTouched) set("slug", slugify(event.target.value));
          }}
        />
        <TextField
          name="slug"
          label="Address (slug)"
          hint={`The page will be at /routines/${fields.slug || "…"}`}
          value={fields.slug}
          error={errors.slug}
          onChange={(event) => {
            setSlugTouched(true);
            set("slug", event.target.value);
          }}
        />
        <div className="md:col-span-2">
          <TextArea name="summary" label="Summary" hint="One or two sentences for cards and search results." value={fields.summary} error={errors.summary} rows={2} onChange={(event) => set("summary", event.target.value)} />
        </div>
      </section>

      <section className="grid gap-6 md:grid-cols-2">
        <fieldset>
          <legend className="font-semibold">Body areas</legend>
          {errors.bodyAreas ? <p className="mt-1 text-sm font-semibold text-danger">⚠ {errors.bodyAreas}</p> : null}
          <div className="mt-2 flex flex-wrap gap-2">
            {BODY_AREAS.map((area) => (
              <label key={area} className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-line px-4 text-sm has-[:checked]:border-clay has-[:checked]:bg-clay-soft">
                <input type="checkbox" checked={fields.bodyAreas.includes(area)} onChange={() => set("bodyAreas", toggle(fields.bodyAreas, area))} />
                {BODY_AREA_LABELS[area]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="space-y-6">
          <fieldset>
            <legend className="font-semibold">Equipment</legend>
            <p className="text-sm text-ink-muted">Leave all unticked when nothing is needed.</p>
            <div className="mt-2 flex flex-wrap gap-2">
              {EQUIPMENT.map((item) => (
                <label key={item} className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-line px-4 text-sm has-[:checked]:border-moss has-[:checked]:bg-sand">
                  <input type="checkbox" checked={fields.equipment.includes(item)} onChange={() => set("equipment", toggle(fields.equipment, item))} />
                  {EQUIPMENT_LABELS[item]}
                </label>
              ))}
            </div>
          </fieldset>
          <SelectField name="difficulty" label="Difficulty" value={fields.difficulty} onChange={(event) => set("difficulty", event.target.value as RoutineInput["difficulty"])}>
            {DIFFICULTIES.map((difficulty) => (
              <option key={difficulty} value={difficulty}>
                {difficulty[0]!.toUpperCase() + difficulty.slice(1)}
              </option>
            ))}
          </SelectField>
        </div>
      </section>

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading" className="text-2xl">Steps</h2>
        {errors.steps ? <p className="mt-1 text-sm font-semibold text-danger">⚠ {errors.steps}</p> : null}
        <ol className="mt-4 space-y-4">
          {steps.map((step, index) => (
            <li key={step.key} className="rounded-2xl border border-line bg-surface p-4">
              <fieldset>
                <legend className="font-semibold">Step {index + 1}</legend>
                <div className="mt-3 grid gap-4 md:grid-cols-[2fr_1fr_1fr_1fr]">
                  <TextArea
                    id={`step-${index}-instruction`}
                    name={`step-${index}-instruction`}
                    label="What to do"
                    rows={2}
                    value={step.instruction}
                    error={errors[`steps.${index}.instruction`]}
                    onChange={(event) => updateStep(index, { instruction: event.target.value })}
                  />
                  <SelectField id={`step-${index}-kind`} name={`step-${index}-kind`} label="Measured in" value={step.kind} onChange={(event) => updateStep(index, { kind: event.target.value as StepDraft["kind"] })}>
                    <option value="seconds">Seconds</option>
                    <option value="repetitions">Repetitions</option>
                  </SelectField>
                  <TextField
                    id={`step-${index}-amount`}
                    name={`step-${index}-amount`}
                    label={step.kind === "seconds" ? "Seconds" : "Repetitions"}
                    inputMode="numeric"
                    value={step.amount}
                    error={errors[`steps.${index}.durationSeconds`] ?? errors[`steps.${index}.repetitions`]}
                    onChange={(event) => updateStep(index, { amount: event.target.value })}
                  />
                  <SelectField id={`step-${index}-side`} name={`step-${index}-side`} label="Side" value={step.side} onChange={(event) => updateStep(index, { side: event.target.value as StepDraft["side"] })}>
                    {SIDES.map((side) => (
                      <option key={side} value={side}>
                        {side === "both" ? "Both / no side" : side === "left" ? "Left" : "Right"}
                      </option>
                    ))}
                  </SelectField>
                </div>
                <div className="mt-3 grid gap-4 md:grid-cols-2">
                  <div>
                    <TextField
                      id={`step-${index}-media`}
                      name={`step-media-${index}`}
                      label={step.mediaKey ? "Replace the picture or video" : "Picture or short video (optional)"}
                      hint="PNG, JPEG, WebP or GIF up to 5 MB; or an MP4 or WebM loop of a few seconds, up to 15 MB (played muted)."
                      type="file"
                      accept="image/png,image/jpeg,image/webp,image/gif,video/mp4,video/webm"
                      error={errors[`stepMedia.${index}`]}
                      onChange={(event) => {
                        const file = chooseFile(event, chosen[step.key]);
                        setChosen((current) => ({ ...current, [step.key]: file }));
                      }}
                    />
                    {chosen[step.key] ? <ChosenPreview file={chosen[step.key]!} label={`New file for step ${index + 1}`} /> : null}
                    {step.mediaKey ? (
                      <div className="mt-2 flex items-center gap-3">
                        <MediaPreview mediaKey={step.mediaKey} />
                        <button type="button" onClick={() => updateStep(index, { mediaKey: null })} className="inline-flex min-h-11 items-center rounded-full border border-line px-3 text-sm">
                          Remove<span className="sr-only"> the picture of step {index + 1}</span>
                        </button>
                      </div>
                    ) : null}
                  </div>
                  <TextField
                    id={`step-${index}-media-alt`}
                    name={`step-${index}-media-alt`}
                    label="What the picture or video shows"
                    hint="Read aloud to people who cannot see it. Needed with a picture."
                    maxLength={200}
                    value={step.mediaAlt ?? ""}
                    error={errors[`steps.${index}.mediaAlt`]}
                    onChange={(event) => updateStep(index, { mediaAlt: event.target.value })}
                  />
                </div>
                <div className="mt-3">
                  <TextField
                    id={`step-${index}-spoken-cue`}
                    name={`step-${index}-spoken-cue`}
                    label="Spoken cue (optional)"
                    hint="A shorter line for the player's voice. Left blank, the voice reads “What to do”."
                    maxLength={200}
                    value={step.spokenCue ?? ""}
                    error={errors[`steps.${index}.spokenCue`]}
                    onChange={(event) => updateStep(index, { spokenCue: event.target.value })}
                  />
                </div>
                <div className="mt-3 flex flex-wrap gap-2">
                  <button type="button" onClick={() => moveStep(index, -1)} disabled={index === 0} className="inline-flex min-h-11 items-center gap-1 rounded-full border border-line px-3 text-sm disabled:opacity-40">
                    <ArrowUp aria-hidden="true" className="size-4" /> Move up<span className="sr-only"> step {index + 1}</span>
                  </button>
                  <button type="button" onClick={() => moveStep(index, 1)} disabled={index === steps.length - 1} className="inline-flex min-h-11 items-center gap-1 rounded-full border border-line px-3 text-sm disabled:opacity-40">
                    <ArrowDown aria-hidden="true" className="size-4" /> Move down<span className="sr-only"> step {index + 1}</span>
                  </button>
                  <button type="button" onClick={() => setSteps((current) => current.filter((_, at) => at !== index))} className="inline-flex min-h-11 items-center gap-1 rounded-full border border-line px-3 text-sm text-danger">
                    <Trash2 aria-hidden="true" className="size-4" /> Remove<span className="sr-only"> step {index + 1}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <button
          type="button"
          onClick={() => setSteps((current) => [...current, toDraft({ instruction: "", durationSeconds: 30, repetitions: null, side: "both", spokenCue: null, mediaKey: null, mediaAlt: null }, current.length)])}
          className="mt-4 inline-flex min-h-11 items-center gap-2 rounded-full border border-moss/60 px-5 font-semibold hover:bg-sand"
        >
          <Plus aria-hidden="true" className="size-5" /> Add a step
        </button>
      </section>

      <section className="grid gap-6 md:grid-cols-2">
        <MarkdownField name="whyItWorks" label="Why it works" hint="Markdown: **bold**, lists starting with -, [links](https://…)." value={fields.whyItWorks} error={errors.whyItWorks} onChange={(value) => set("whyItWorks", value)} />
        <MarkdownField name="cautions" label="Cautions" hint="Markdown. When to be careful, when to stop." value={fields.cautions} error={errors.cautions} onChange={(value) => set("cautions", value)} />
      </section>

      <section className="grid gap-6 md:grid-cols-2">
        <div>
          <TextField
            name="image"
            label={imageUrl ? "Replace the cover picture" : "Cover picture (optional)"}
            hint="PNG, JPEG, WebP or GIF, up to 5 MB. Shown on the routine's page and its card."
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            error={errors.image}
            onChange={(event) => {
              const file = chooseFile(event, chosen.cover);
              setChosen((current) => ({ ...current, cover: file }));
            }}
          />
          {chosen.cover ? <ChosenPreview file={chosen.cover} label="New cover picture" /> : null}
          {imageUrl && !fields.removeImage ? (
            // eslint-disable-next-line @next/next/no-img-element -- the coach's own preview, as uploaded
            <img src={imageUrl} alt="" className="mt-3 max-h-40 rounded-xl border border-line" />
          ) : null}
          {imageUrl ? (
            <label className="mt-2 flex min-h-11 items-center gap-2">
              <input type="checkbox" checked={fields.removeImage} onChange={(event) => set("removeImage", event.target.checked)} className="size-5 accent-moss" />
              Remove the cover picture
            </label>
          ) : null}
          <div className="mt-3">
            <TextField
              name="imageAlt"
              label="What the cover shows"
              hint="Read aloud to people who cannot see it. Needed with a picture."
              maxLength={200}
              value={fields.imageAlt ?? ""}
              error={errors.imageAlt}
              onChange={(event) => set("imageAlt", event.target.value)}
            />
          </div>
        </div>
        <fieldset>
          <legend className="font-semibold">Visibility</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {(["draft", "published"] as const).map((status) => (
              <label key={status} className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-line px-4 has-[:checked]:border-moss has-[:checked]:bg-sand">
                <input type="radio" name="status-choice" checked={fields.status === status} onChange={() => set("status", status)} />
                {status === "draft" ? "Draft (only you)" : "Published (everyone)"}
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      {tooLarge ? (
        <p role="alert" className="rounded-2xl border border-danger/40 bg-surface p-4 text-danger">
          {tooLarge}
        </p>
      ) : null}
      <SubmitButton pendingLabel="Saving …" pending={saving}>{id ? "Save routine" : "Create routine"}</SubmitButton>
    </form>
  );
}

/** The file about to be saved, as the coach chose it; it stays chosen through a refused save. */
function ChosenPreview({ file, label }: { file: ChosenFile; label: string }) {
  return (
    <figure className="mt-2 flex items-center gap-3 rounded-xl bg-sand/60 p-2">
      {file.video ? (
        <video src={file.url} muted loop playsInline autoPlay className="h-16 w-24 rounded-lg border border-line object-cover" aria-label={label} />
      ) : (
        // eslint-disable-next-line @next/next/no-img-element -- a local preview of a file not yet uploaded
        <img src={file.url} alt={label} className="h-16 w-24 rounded-lg border border-line object-cover" />
      )}
      <figcaption className="min-w-0 text-sm">
        <span className="block break-all font-semibold">{file.name}</span>
        <span className="text-ink-muted">Chosen; saved with the routine.</span>
      </figcaption>
    </figure>
  );
}

function MediaPreview({ mediaKey }: { mediaKey: string }) {
  const src = `/uploads/${mediaKey}`;
  return isVideoKey(mediaKey) ? (
    <video src={src} muted loop playsInline className="h-16 w-24 rounded-lg border border-line object-cover" aria-label="Current video" />
  ) : (
    // eslint-disable-next-line @next/next/no-img-element -- the coach's own preview, as uploaded
    <img src={src} alt="Current picture" className="h-16 w-24 rounded-lg border border-line object-cover" />
  );
}
