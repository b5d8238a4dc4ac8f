import type { z } from "zod";

/**
 * Every problem zod found, one message per field, keyed by the field's dotted path
 * ("steps.2.instruction"); problems with the input as a whole under `root`. Forms show each
 * beside its field, all at once; JSON APIs answer with the same map.
 */
export function allFieldErrors(error: z.ZodError, root = "form"): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.map(String).join(".") || root] ??= issue.message;
  return errors;
}
