"use client";

import { useActionState } from "react";
import { Check } from "lucide-react";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import { acknowledgeSafety, setLessonComplete } from "../actions";

export function CompleteButton({ course, lesson, done }: { course: string; lesson: string; done: boolean }) {
  const [state, action] = useActionState(setLessonComplete, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="course" value={course} />
      <input type="hidden" name="lesson" value={lesson} />
      <input type="hidden" name="done" value={done ? "false" : "true"} />
      {done ? (
        <p className="flex items-center gap-2 font-semibold text-success">
          <Check aria-hidden="true" className="size-5" /> You completed this lesson
        </p>
      ) : null}
      <SubmitButton variant={done ? "quiet" : "primary"} pendingLabel="Saving …">
        {done ? "Mark as not complete" : "Mark as complete"}
      </SubmitButton>
      {state.error ? (
        <Notice tone="error" live>
          {state.error}
        </Notice>
      ) : null}
    </form>
  );
}

export function SafetyForm({ course, lesson }: { course: string; lesson: string }) {
  const [state, action] = useActionState(acknowledgeSafety, {});
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="course" value={course} />
      <input type="hidden" name="lesson" value={lesson} />
      <label className="flex items-start gap-3 rounded-2xl border border-line bg-surface p-4">
        <input type="checkbox" name="understood" value="yes" required className="mt-1 size-5 accent-moss" />
        <span>
          I have read this. I will stop when I need to, and I know where to find help if I am in crisis.
        </span>
      </label>
      {state.error ? (
        <Notice tone="error" live>
          {state.error}
        </Notice>
      ) : null}
      <SubmitButton pendingLabel="Saving …">Continue to the lesson</SubmitButton>
    </form>
  );
}
