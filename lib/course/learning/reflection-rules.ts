import { createHash } from "node:crypto";
import type { ReflectionPrompt } from "@/db/schema";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const MAX_PROMPTS = 5;
export const MAX_PROMPT_LENGTH = 300;
export const MAX_ANSWER_LENGTH = 10_000;

/**
 * A prompt's id is drawn from its words: the same question keeps its answers through any other
 * edit of the lesson; reworded, it is a new question (the old answer stays on the learner's
 * account, under the words it answered).
 */
export function promptId(text: string): string {
  return createHash("sha256").update(text.trim()).digest("hex").slice(0, 16);
}

/** The editor's text area: one prompt per line, blank lines ignored. */
export function parsePrompts(text: string): Parsed<ReflectionPrompt[]> {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length > MAX_PROMPTS) return { ok: false, error: `Keep it to ${MAX_PROMPTS} prompts per lesson; this has ${lines.length}.` };
  const long = lines.findIndex((line) => line.length > MAX_PROMPT_LENGTH);
  if (long >= 0) return { ok: false, error: `Prompt ${long + 1} is longer than ${MAX_PROMPT_LENGTH} characters.` };
  const prompts = lines.map((line) => ({ id: promptId(line), text: line }));
  if (new Set(prompts.map((prompt) => prompt.id)).size !== prompts.length) return { ok: false, error: "Two prompts are the same; each needs its own words." };
  return { ok: true, value: prompts };
}

export const formatPrompts = (prompts: ReflectionPrompt[]) => prompts.map((prompt) => prompt.text).join("\n");

/** Spaces, and the invisible characters that look like nothing (zero-width, word joiner, BOM). */
const BLANK = /[\s\u200B-\u200D\u2060\uFEFF]/gu;

/** An answer that shows nothing is no answer. */
export const isBlankAnswer = (answer: string) => answer.replace(BLANK, "") === "";

/** The prompts still waiting for a (non-blank) answer: what stands between a required reflection and "continue". */
export function unanswered(prompts: ReflectionPrompt[], answers: ReadonlyMap<string, string>): ReflectionPrompt[] {
  return prompts.filter((prompt) => isBlankAnswer(answers.get(prompt.id) ?? ""));
}
