import type { IntakeAnswer } from "@/db/schema";

export interface IntakeQuestion {
  id: string;
  label: string;
  kind: "short_text" | "long_text" | "single_choice";
  options: string[];
  required: boolean;
}

export type IntakeResult = { ok: true; answers: IntakeAnswer[] } | { ok: false; errors: Record<string, string> };

/** Checks answers against the coach's questions; errors are keyed by question id. */
export function checkIntakeAnswers(questions: readonly IntakeQuestion[], raw: Record<string, string>): IntakeResult {
  const errors: Record<string, string> = {};
  const answers: IntakeAnswer[] = [];
  for (const question of questions) {
    const answer = (raw[question.id] ?? "").trim();
    if (question.required && !answer) errors[question.id] = "Please answer this question.";
    else if (question.kind === "single_choice" && answer && !question.options.includes(answer)) errors[question.id] = "Choose one of the options.";
    else if (question.kind === "short_text" && answer.length > 300) errors[question.id] = "Keep this answer under 300 characters.";
    else answers.push({ questionId: question.id, label: question.label, answer });
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answers };
}
