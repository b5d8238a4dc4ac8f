"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClasses, type ButtonVariant } from "./button-link";

/** A submit button that says it is working and cannot be pressed twice. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  className = "",
  name,
  value,
  pending: sentByHand,
}: {
  children: ReactNode;
  pendingLabel?: string;
  variant?: ButtonVariant;
  className?: string;
  /** With two submit buttons in one form, only the one pressed says it is working. */
  name?: string;
  value?: string;
  /** For a form sent from its onSubmit (useFormStatus only sees a form's own action). */
  pending?: boolean;
}) {
  const status = useFormStatus();
  const pending = status.pending || Boolean(sentByHand);
  const pressed = sentByHand || (status.pending && (!name || status.data?.get(name) === value));
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} className={buttonClasses(variant, `disabled:opacity-70 ${className}`)}>
      {pressed ? (pendingLabel ?? "Working …") : children}
    </button>
  );
}
