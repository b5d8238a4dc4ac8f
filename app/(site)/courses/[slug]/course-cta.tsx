"use client";

import { useActionState, useEffect, useState } from "react";
import { ButtonLink } from "@/app/_ui/button-link";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import { buyCourse } from "./actions";

type Access = { enrolled: false } | { enrolled: true; continueHref: string; continueTitle: string | null; started: boolean };

/**
 * The sales page is the same cached HTML for everyone, so who is enrolled is asked after load:
 * learners see "Go to course" instead of Buy. Without JavaScript Buy still works, and the
 * checkout sends an enrolled buyer straight to the course instead of charging twice.
 */
export function CourseCta({ slug, priceLabel }: { slug: string; priceLabel: string }) {
  const [state, action] = useActionState(buyCourse, {});
  const [access, setAccess] = useState<Access | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/courses/${slug}/access`, { signal: controller.signal, credentials: "same-origin" })
      .then((response) => (response.ok ? (response.json() as Promise<Access>) : null))
      .then((value) => value && setAccess(value))
      .catch(() => undefined);
    return () => controller.abort();
  }, [slug]);

  if (access?.enrolled) {
    return (
      <div className="space-y-2">
        <ButtonLink href={access.continueHref} className="w-full">
          {access.started ? "Continue the course" : "Go to course"}
        </ButtonLink>
        {access.started && access.continueTitle ? <p className="text-sm text-ink-muted">Next up: {access.continueTitle}</p> : null}
      </div>
    );
  }

  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="course" value={slug} />
      <SubmitButton className="w-full" pendingLabel="Opening the secure checkout …">
        Buy the course, {priceLabel}
      </SubmitButton>
      {state.message ? (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      ) : null}
      <p className="text-sm text-ink-muted">One payment, lifetime access. 14-day refund if it is not right for you.</p>
    </form>
  );
}
