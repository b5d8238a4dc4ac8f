import type { z } from "zod";

/** The first message per top-level field, keyed by field name ("form" for the whole input): what forms show beside each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}
