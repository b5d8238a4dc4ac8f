"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms/action";
import { Check } from "lucide-react";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import { acknowledgeSafety, setLessonComplete } from "../actions";

/** These forms have one thing to say at a time: the sentence for the form, or its one field's problem. */
const firstProblem = (state: FormState) => state.message ?? (state.errors?.understood ? state.errors.understood : state.errors ? "That lesson does not exist." : undefined);

export function CompleteButton({ course, lesson, done }: { course: string; lesson: string; done: boolean }) {
  const [state, action] = useActionState<FormState, FormData>(setLessonComplete, {});
  const problem = firstProblem(state);
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
      {problem ? (
        <Notice tone="error" live>
          {problem}
        </Notice>
      ) : null}
    </form>
  );
}

export function SafetyForm({ course, lesson }: { course: string; lesson: string }) {
  const [state, action] = useActionState<FormState, FormData>(acknowledgeSafety, {});
  const problem = firstProblem(state);
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
      {problem ? (
        <Notice tone="error" live>
          {problem}
        </Notice>
      ) : null}
      <SubmitButton pendingLabel="Saving …">Continue to the lesson</SubmitButton>
    </form>
  );
}
