import { z } from "zod";

/**
 * Text people type. Control characters never belong in a name, an answer or a reason, and some
 * (NUL) cannot even be stored: PostgreSQL refuses them and the request would end in a 500. So
 * every text input refuses C0 controls and DEL with a clear message; multi-line fields allow tab
 * and line breaks, single-line fields only tab.
 */
const SINGLE_LINE_CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/;
const MULTI_LINE_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHARACTER_MESSAGE = "Remove the invisible control characters from this text.";

export function hasControlCharacters(value: string, options: { multiline?: boolean } = {}): boolean {
  return (options.multiline ? MULTI_LINE_CONTROL : SINGLE_LINE_CONTROL).test(value);
}

/** A string field that refuses control characters; chain .trim(), .min(), .max() as usual after it. */
export function cleanText(options: { multiline?: boolean; error?: string } = {}) {
  return z.string(options.error ? { error: options.error } : undefined).refine((value) => !hasControlCharacters(value, options), CONTROL_CHARACTER_MESSAGE);
}
