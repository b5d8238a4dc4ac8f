"use client";

import { useActionState, useEffect, useState, type ReactNode } from "react";
import { SelectField, TextArea, TextField } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { addCalendar, addOverride, saveQuestion, saveSettings, saveWeek } from "./actions";
import { DayHours } from "./week-hours";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ORDER = [1, 2, 3, 4, 5, 6, 0];

function Status({ state, children }: { state: FormState; children?: ReactNode }) {
  if (state.savedAt && !state.errors) return <Notice tone="success" live>Saved. The booking page uses it now.</Notice>;
  if (state.errors && Object.keys(state.errors).length) return <Notice tone="error" live>Nothing was saved. {state.errors.form ?? "See the marked fields."}</Notice>;
  return children ?? null;
}

export interface SettingsValues {
  slotMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minNoticeHours: number;
  horizonDays: number;
  dailyCap: number | null;
  cancelCutoffHours: number;
  location: string;
  locationKind: "link" | "video-room" | "phone" | "address";
}

const PLACES = {
  "video-room": { option: "A video room of its own for each booking", label: "Video host", hint: "Each booking gets its own private room here. Leave empty for Jitsi Meet (https://meet.jit.si), free and without sign-up." },
  link: { option: "My own meeting link", label: "Your meeting link", hint: "Your Zoom, Meet or Whereby link (https://…); the same for every call." },
  phone: { option: "A phone call", label: "How the call happens", hint: "For example: I will call you on the number you give in your answers." },
  address: { option: "In person", label: "Address", hint: "Where you meet; it goes into every confirmation and calendar invite." },
} as const;

export function SettingsForm({ values }: { values: SettingsValues }) {
  const [state, action] = useActionState<FormState, FormData>(saveSettings, {});
  // What was sent wins over what is saved, so a refused save keeps the coach's choice.
  const chosen = ((state.values?.locationKind as SettingsValues["locationKind"] | undefined) ?? values.locationKind) satisfies SettingsValues["locationKind"];
  const [kind, setKind] = useState(chosen);
  // React resets the form after each save; the select then shows its new default, and so must the label.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setKind(chosen), [chosen, state]);
  const errors = state.errors ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="slotMinutes" label="Call length (minutes)" inputMode="numeric" defaultValue={values.slotMinutes} error={errors.slotMinutes} />
        <TextField name="dailyCap" label="Most calls per day" hint="Leave empty for no limit." inputMode="numeric" defaultValue={values.dailyCap ?? ""} error={errors.dailyCap} />
        <TextField name="bufferBeforeMinutes" label="Free time before a call (minutes)" inputMode="numeric" defaultValue={values.bufferBeforeMinutes} error={errors.bufferBeforeMinutes} />
        <TextField name="bufferAfterMinutes" label="Free time after a call (minutes)" inputMode="numeric" defaultValue={values.bufferAfterMinutes} error={errors.bufferAfterMinutes} />
        <TextField name="minNoticeHours" label="Minimum notice (hours)" inputMode="numeric" defaultValue={values.minNoticeHours} error={errors.minNoticeHours} />
        <TextField name="horizonDays" label="Bookable up to (days ahead)" inputMode="numeric" defaultValue={values.horizonDays} error={errors.horizonDays} />
        <TextField name="cancelCutoffHours" label="Cancel or move online until (hours before)" inputMode="numeric" defaultValue={values.cancelCutoffHours} error={errors.cancelCutoffHours} />
      </div>
      <SelectField
        // A new element when the choice to show changes: a reset form would otherwise show the old one.
        key={chosen}
        name="locationKind"
        label="Where the call happens"
        defaultValue={chosen}
        onChange={(event) => setKind(event.target.value as SettingsValues["locationKind"])}
        error={errors.locationKind}
      >
        {Object.entries(PLACES).map(([value, place]) => (
          <option key={value} value={value}>{place.option}</option>
        ))}
      </SelectField>
      <TextField name="location" label={PLACES[kind].label} hint={PLACES[kind].hint} defaultValue={state.values?.location ?? values.location} error={errors.location} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Saving …">Save settings</SubmitButton>
        <Status state={state} />
      </div>
    </form>
  );
}

export function WeekForm({ week }: { week: Record<number, string> }) {
  const [state, action] = useActionState<FormState, FormData>(saveWeek, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <p className="text-sm text-ink-muted">When you take calls, in your time zone. Remove every range of a day when you do not take calls that day.</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {ORDER.map((weekday) => (
          <DayHours key={weekday} weekday={weekday} label={WEEKDAYS[weekday]!} initial={week[weekday] ?? ""} error={errors[`day-${weekday}`]} />
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Saving …">Save weekly hours</SubmitButton>
        <Status state={state} />
      </div>
    </form>
  );
}

export function OverrideForm() {
  const [state, action] = useActionState<FormState, FormData>(addOverride, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <TextField name="date" label="Date" type="date" error={errors.date} />
      <SelectField name="kind" label="Change" defaultValue="day-off">
        <option value="day-off">A day off</option>
        <option value="unavailable">Not available between …</option>
        <option value="extra">Extra hours …</option>
      </SelectField>
      <TextField name="from" label="From (for a time range)" placeholder="14:00" error={errors.from} />
      <TextField name="to" label="To" placeholder="16:00" error={errors.to} />
      <div className="sm:col-span-2">
        <TextField name="note" label="Note to yourself (optional)" />
      </div>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
        <SubmitButton variant="secondary" pendingLabel="Adding …">Add this date</SubmitButton>
        <Status state={state} />
      </div>
    </form>
  );
}

export function CalendarForm() {
  const [state, action] = useActionState<FormState, FormData>(addCalendar, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-[1fr_2fr]" noValidate>
      <TextField name="label" label="Name" hint="How it is listed here." placeholder="Personal" defaultValue={state.values?.label ?? ""} error={errors.label} />
      <TextField
        name="address"
        label="Secret calendar address"
        hint="The private iCal/ICS address (https://… or webcal://…); see the steps above."
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        defaultValue={state.values?.address ?? ""}
        error={errors.address}
      />
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
        <SubmitButton variant="secondary" pendingLabel="Adding …">Add this calendar</SubmitButton>
        {state.savedAt && !state.errors ? <Notice tone="success" live>Added. Its busy times count as soon as it is read, within a minute.</Notice> : null}
        {state.errors ? <Notice tone="error" live>Nothing was added. {state.errors.form ?? "See the marked fields."}</Notice> : null}
      </div>
    </form>
  );
}

export interface QuestionValues {
  id?: string;
  label: string;
  kind: "short_text" | "long_text" | "single_choice";
  options: string[];
  required: boolean;
}

export function QuestionForm({ question, submitLabel }: { question: QuestionValues; submitLabel: string }) {
  const [state, action] = useActionState<FormState, FormData>(saveQuestion, {});
  const errors = state.errors ?? {};
  const prefix = question.id ?? "new";
  return (
    <form action={action} className="space-y-3" noValidate>
      {question.id ? <input type="hidden" name="id" value={question.id} /> : null}
      <TextField id={`${prefix}-label`} name="label" label="Question" defaultValue={question.label} error={errors.label} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField id={`${prefix}-kind`} name="kind" label="Answer as" defaultValue={question.kind}>
          <option value="short_text">A short text</option>
          <option value="long_text">A longer text</option>
          <option value="single_choice">One choice from a list</option>
        </SelectField>
        <label className="flex min-h-11 items-center gap-3 self-end">
          <input type="checkbox" name="required" defaultChecked={question.required} className="size-5" />
          Required
        </label>
      </div>
      <TextArea id={`${prefix}-options`} name="options" label="Choices (one per line, for a list)" defaultValue={question.options.join("\n")} rows={3} error={errors.options} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton variant="secondary" pendingLabel="Saving …">{submitLabel}</SubmitButton>
        <Status state={state} />
      </div>
    </form>
  );
}
