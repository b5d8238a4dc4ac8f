import type { z } from "zod";
import { isDatabaseUnavailable } from "@/db/errors";
import { BUSY_MESSAGE } from "@/lib/platform/http/unavailable";
import { loggableError, logger } from "@/lib/platform/log";
import { allFieldErrors } from "@/lib/platform/validation/field-errors";

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

export { allFieldErrors };

/** Thrown by a form's `read` when the form cannot be read at all (a page from an older build). */
export class UnreadableFormError extends Error {
  constructor(message = "The form could not be read. Reload the page and try again.") {
    super(message);
    this.name = "UnreadableFormError";
  }
}

function readForm(options: { read?: (form: FormData) => unknown }, form: FormData, values: Record<string, string>): { ok: true; input: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, input: options.read ? options.read(form) : values };
  } catch (error) {
    if (error instanceof UnreadableFormError) return { ok: false, message: error.message };
    throw error;
  }
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
    const read = readForm(options, form, values);
    if (!read.ok) return { values, errors: { form: read.message } };
    const parsed = await options.schema.safeParseAsync(read.input);
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

/**
 * The same convention for a button that needs no answer on the page (publish, delete, move up):
 * guard, parse, act. Its inputs are hidden fields the page wrote, so input that does not parse
 * was not sent by our page and is ignored; the action usually ends in a redirect.
 */
export function commandAction<Guarded, Schema extends z.ZodType>(options: Omit<FormActionOptions<Guarded, Schema>, "run"> & {
  run: (input: z.infer<Schema>, context: { user: Guarded; form: FormData }) => Promise<void>;
}) {
  return async (form: FormData): Promise<void> => {
    const user = await options.guard();
    const read = readForm(options, form, formValues(form));
    if (!read.ok) return;
    const parsed = await options.schema.safeParseAsync(read.input);
    if (!parsed.success) return;
    await options.run(parsed.data, { user, form });
  };
}
