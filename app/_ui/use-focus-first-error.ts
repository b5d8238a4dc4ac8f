"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/platform/forms/action";

/**
 * After a refused save, focus the first field marked invalid (and so bring it into view): on a long
 * form the "Nothing was saved" line sits at the top while the coach is at the bottom, by the button.
 * Returns the ref for the form.
 */
export function useFocusFirstError(state: FormState) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state.errors || Object.keys(state.errors).length === 0) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    first?.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
    first?.focus({ preventScroll: true });
  }, [state]);
  return form;
}
