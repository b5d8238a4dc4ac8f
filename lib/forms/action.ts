import type { z } from "zod";
import { isDatabaseUnavailable } from "@/db/errors";
import { BUSY_MESSAGE } from "@/lib/http/unavailable";
import { loggableError, logger } from "@/lib/log";

/**
 * What every form's server action returns (see docs/decisions/0010-action-convention.md): the
 * values as typed, so no answer is lost on an error; every field's error at once, keyed by field
 * name (nested fields by their dotted path); a sentence for the form as a whole; and, for forms
 * that stay on the page, when the save happened.
 */
export interface FormState {
  values?: Record<string, string>;
  errors?: Record<string, string>;
  message?: string;
  savedAt?: string;
}

/** Every text field of a form, as typed (files are left out). */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}

/** Every problem zod found, one message per field, keyed by the field's dotted path ("form" for the whole input). */
export function allFieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.map(String).join(".") || "form"] ??= issue.message;
  return errors;
}

interface FormActionOptions<Guarded, Schema extends z.ZodType> {
  /** Runs first, before the form is read: requireAdmin, requireUser, or a check of its own. */
  guard: () => Promise<Guarded>;
  schema: Schema;
  /** Turns the form into what the schema parses; by default every text field by its name. */
  read?: (form: FormData) => unknown;
  run: (input: z.infer<Schema>, context: { user: Guarded; form: FormData; values: Record<string, string> }) => Promise<FormState | void>;
}

/**
 * The one way a form's server action is written: guard, parse with the domain's schema, call the
 * service, return a FormState. Parse failures come back with every field error and the values; a
 * saturated or unreachable database comes back as a sentence instead of an error page. Redirects
 * and not-found from the guard or `run` pass through untouched.
 */
export function formAction<Guarded, Schema extends z.ZodType>(options: FormActionOptions<Guarded, Schema>) {
  return async (_previous: FormState, form: FormData): Promise<FormState> => {
    const user = await options.guard();
    const values = formValues(form);
    const parsed = options.schema.safeParse(options.read ? options.read(form) : values);
    if (!parsed.success) return { values, errors: allFieldErrors(parsed.error) };
    try {
      return (await options.run(parsed.data, { user, form, values })) ?? {};
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      logger.warn({ err: loggableError(error) }, "database unavailable during a form action");
      return { values, message: BUSY_MESSAGE };
    }
  };
}

/** For actions anyone may call (the private link or the form itself is the permission). */
export const nobody = async () => null;
