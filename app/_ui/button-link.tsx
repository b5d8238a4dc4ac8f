import Link from "next/link";
import type { ComponentProps } from "react";

const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-full px-6 py-2.5 text-base font-semibold transition-colors duration-300";

const variants = {
  primary: "bg-moss text-on-moss hover:bg-moss-strong",
  secondary: "border border-moss/60 text-ink hover:border-moss hover:bg-sand",
  quiet: "text-moss-strong underline decoration-2 underline-offset-4 hover:decoration-moss px-0",
  /** Something that cannot be undone (erasing a person). */
  danger: "border-2 border-danger text-danger hover:bg-danger hover:text-surface",
} as const;

export type ButtonVariant = keyof typeof variants;

export function buttonClasses(variant: ButtonVariant = "primary", extra = "") {
  return `${base} ${variants[variant]} ${extra}`;
}

export function ButtonLink({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link {...props} className={buttonClasses(variant, className)} />;
}
