import { describe, expect, it } from "vitest";
import { checkIntakeAnswers, type IntakeQuestion } from "./intake";

const questions: IntakeQuestion[] = [
  { id: "why", label: "What brings you here?", kind: "long_text", options: [], required: true },
  { id: "where", label: "Where do you feel tension?", kind: "single_choice", options: ["Neck", "Back"], required: false },
];

describe("checkIntakeAnswers", () => {
  it("keeps answers with their question labels", () => {
    expect(checkIntakeAnswers(questions, { why: " A stiff back. ", where: "Back" })).toEqual({
      ok: true,
      answers: [
        { questionId: "why", label: "What brings you here?", answer: "A stiff back." },
        { questionId: "where", label: "Where do you feel tension?", answer: "Back" },
      ],
    });
  });

  it("asks for required answers and known choices", () => {
    expect(checkIntakeAnswers(questions, { why: " ", where: "Elbow" })).toEqual({
      ok: false,
      errors: { why: "Please answer this question.", where: "Choose one of the options." },
    });
  });
});
