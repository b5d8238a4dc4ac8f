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

/**
 * Characters that show nothing: spaces, zero-width ones, joiners, the BOM, soft hyphen, Hangul
 * fillers, variation selectors and direction marks. A name made only of these looks blank.
 */
const INVISIBLE = /[\s\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2028-\u202F\u205F-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;
/** Bidirectional embedding, override and isolate controls: they reorder what follows them (U+202E turns "gnp.exe" into "exe.png"). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

export const BIDI_CONTROL_MESSAGE = "Remove the hidden characters that change the direction of the text.";

export function isVisiblyBlank(value: string): boolean {
  return value.replace(INVISIBLE, "") === "";
}

export function hasBidiControls(value: string): boolean {
  return BIDI_CONTROL.test(value);
}

/**
 * A name a person can read: no control characters, no direction overrides or isolates, and not
 * blank once the invisible characters are set aside. `blankMessage` is the field's own wording.
 */
export function personName(options: { blankMessage: string; max: number; maxMessage: string }) {
  return cleanText({ error: options.blankMessage })
    .trim()
    .refine((value) => !hasBidiControls(value), BIDI_CONTROL_MESSAGE)
    .refine((value) => !isVisiblyBlank(value), options.blankMessage)
    .refine((value) => value.length <= options.max, options.maxMessage);
}
