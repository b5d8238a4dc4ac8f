import Link from "next/link";
import type { ComponentProps } from "react";

/** Each variant is a component class in app/globals.css (`.btn` and `.btn-<variant>`). */
const variants = {
  primary: "btn-primary",
  secondary: "btn-secondary",
  quiet: "btn-quiet",
  /** Something that cannot be undone (erasing a person). */
  danger: "btn-danger",
} as const;

export type ButtonVariant = keyof typeof variants;

export function buttonClasses(variant: ButtonVariant = "primary", extra = "") {
  return extra ? `btn ${variants[variant]} ${extra}` : `btn ${variants[variant]}`;
}

export function ButtonLink({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link {...props} className={buttonClasses(variant, className)} />;
}
