"use client";

import { useEffect, useId, useRef, useState } from "react";
import { PenLine } from "lucide-react";
import { saveReflectionAnswer } from "../actions";
import { DRAFT_PREFIX } from "./reflection-drafts";

export const COMPLETE_FORM_ID = "complete-lesson";

type Status = "idle" | "typing" | "saving" | "saved" | "kept-here" | "error";

const STATUS_TEXT: Record<Status, string> = {
  idle: "",
  typing: "…",
  saving: "Saving …",
  saved: "Saved. Only you can read it.",
  "kept-here": "Not saved yet: kept on this device and saved when you are back online.",
  error: "",
};

/**
 * One reflection question. The text is kept on the device on every keystroke and saved to the
 * account a moment after typing stops (and when the page is hidden), so a reload or a dropped
 * connection never loses it. The box also belongs to the lesson's "Complete and continue" form.
 */
function ReflectionAnswer({ owner, course, lesson, prompt, initial, maxLength }: { owner: string; course: string; lesson: string; prompt: { id: string; text: string }; initial: string; maxLength: number }) {
  const draftKey = `${DRAFT_PREFIX}${owner}/${course}/${lesson}/${prompt.id}`;
  const [value, setValue] = useState(initial);
  const [status, setStatus] = useState<Status>("idle");
  const [problem, setProblem] = useState<string | null>(null);
  const saved = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(initial);
  const id = useId();

  async function save(text: string) {
    if (text === saved.current) return setStatus(text ? "saved" : "idle");
    setStatus("saving");
    const form = new FormData();
    form.set("course", course);
    form.set("lesson", lesson);
    form.set("prompt", prompt.id);
    form.set("answer", text);
    try {
      const result = await saveReflectionAnswer({}, form);
      if (result.message || result.errors) {
        setProblem(result.message ?? Object.values(result.errors ?? {})[0] ?? "Could not save.");
        setStatus("error");
        return;
      }
      saved.current = text;
      setProblem(null);
      if (latest.current === text) {
        localStorage.removeItem(draftKey);
        setStatus("saved");
      }
    } catch {
      setStatus("kept-here");
    }
  }

  // A draft left on this device (a reload mid-sentence, a lost connection) wins over the saved text and is sent again.
  useEffect(() => {
    const draft = localStorage.getItem(draftKey);
    if (draft !== null && draft !== initial) {
      // The device's draft only exists in the browser, so it can only be read after hydration.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setValue(draft);
      latest.current = draft;
      void save(draft);
    }
    const flush = () => {
      if (document.visibilityState === "hidden" && latest.current !== saved.current) void save(latest.current);
    };
    const online = () => latest.current !== saved.current && void save(latest.current);
    document.addEventListener("visibilitychange", flush);
    window.addEventListener("online", online);
    return () => {
      document.removeEventListener("visibilitychange", flush);
      window.removeEventListener("online", online);
    };
    // Runs once per question: the handlers read the latest text through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey]);

  function change(text: string) {
    setValue(text);
    latest.current = text;
    localStorage.setItem(draftKey, text);
    setStatus("typing");
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(text), 800);
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block font-semibold">
        {prompt.text}
      </label>
      <textarea
        id={id}
        name={`reflection:${prompt.id}`}
        form={COMPLETE_FORM_ID}
        value={value}
        onChange={(event) => change(event.target.value)}
        onBlur={() => void save(latest.current)}
        maxLength={maxLength}
        rows={4}
        aria-describedby={`${id}-status`}
        className="w-full rounded-2xl border border-line bg-canvas px-4 py-3 text-base focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-moss"
      />
      <p id={`${id}-status`} role="status" className={`min-h-5 text-sm ${status === "error" ? "text-danger" : "text-ink-muted"}`}>
        {status === "error" ? problem : STATUS_TEXT[status]}
      </p>
    </div>
  );
}

export function ReflectionBox({
  owner,
  course,
  lesson,
  prompts,
  answers,
  required,
  maxLength,
}: {
  /** The signed-in learner's id: whose drafts this device keeps. */
  owner: string;
  course: string;
  lesson: string;
  prompts: { id: string; text: string }[];
  answers: Record<string, string>;
  required: boolean;
  maxLength: number;
}) {
  return (
    <section aria-labelledby="reflection-heading" className="mt-10 space-y-5 rounded-3xl border border-line bg-surface p-5 sm:p-6">
      <div>
        <h2 id="reflection-heading" className="flex items-center gap-2 text-2xl">
          <PenLine aria-hidden="true" className="size-5" /> Reflection
        </h2>
        <p className="mt-1 text-sm text-ink-muted">
          Private: only you can read what you write here, on this lesson and on your account page.
          {required ? " Answer before you continue." : ""}
        </p>
      </div>
      {prompts.map((prompt) => (
        <ReflectionAnswer key={prompt.id} owner={owner} course={course} lesson={lesson} prompt={prompt} initial={answers[prompt.id] ?? ""} maxLength={maxLength} />
      ))}
    </section>
  );
}
