"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/platform/forms/action";
import { Check } from "lucide-react";
import { ButtonLink } from "@/app/_ui/button-link";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import { acknowledgeSafety, setLessonComplete } from "../actions";
import { COMPLETE_FORM_ID } from "./reflection-box";

/** These forms have one thing to say at a time: the sentence for the form, or its one field's problem. */
const firstProblem = (state: FormState) => state.message ?? (state.errors?.understood ? state.errors.understood : state.errors ? "That lesson does not exist." : undefined);

/**
 * The lesson's main action: "Complete and continue" marks it done and opens the next lesson (after
 * the last, the finish screen). A lesson already done offers the way on first, undoing second.
 */
export function CompleteButton({ course, lesson, done, next }: { course: string; lesson: string; done: boolean; next: { slug: string; title: string } | null }) {
  const [state, action] = useActionState<FormState, FormData>(setLessonComplete, {});
  const problem = firstProblem(state);
  const onward = next ? `/learn/${course}/${next.slug}` : `/learn/${course}/finished`;
  return (
    <form id={COMPLETE_FORM_ID} action={action} className="space-y-3">
      <input type="hidden" name="course" value={course} />
      <input type="hidden" name="lesson" value={lesson} />
      <input type="hidden" name="done" value={done ? "false" : "true"} />
      {done ? null : <input type="hidden" name="continueTo" value={next ? next.slug : "finished"} />}
      {done ? (
        <>
          <p className="flex items-center gap-2 font-semibold text-success">
            <Check aria-hidden="true" className="size-5" /> You completed this lesson
          </p>
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
            <ButtonLink href={onward}>{next ? `Continue: ${next.title}` : "See what you finished"}</ButtonLink>
            <SubmitButton variant="quiet" pendingLabel="Saving …">
              Mark as not complete
            </SubmitButton>
          </div>
        </>
      ) : (
        <SubmitButton pendingLabel="Saving …">{next ? "Complete and continue" : "Complete the course"}</SubmitButton>
      )}
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
