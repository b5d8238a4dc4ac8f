import { describe, expect, it } from "vitest";
import { MAX_STEPS, routineInputSchema, routineStepSchema } from "./schema";

const step = { instruction: "Roll the balls.", durationSeconds: 10, repetitions: null, side: "both" as const };

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

describe("routine steps", () => {
  it("accepts a timed step and a counted step", () => {
    expect(routineStepSchema.safeParse(step).success).toBe(true);
    expect(routineStepSchema.safeParse({ ...step, durationSeconds: null, repetitions: 5 }).success).toBe(true);
  });

  it("refuses zero or negative seconds with a specific message", () => {
    expect(messages(routineStepSchema.safeParse({ ...step, durationSeconds: 0 }))).toContain(
      "Seconds must be more than zero.",
    );
    expect(messages(routineStepSchema.safeParse({ ...step, durationSeconds: -5 }))).toContain(
      "Seconds must be more than zero.",
    );
  });

  it("refuses a NUL in an instruction but keeps its line breaks", () => {
    expect(messages(routineStepSchema.safeParse({ ...step, instruction: "Roll\u0000 the balls." }))).toContain(
      "Remove the invisible control characters from this text.",
    );
    expect(routineStepSchema.safeParse({ ...step, instruction: "Roll the balls.\nThen rest." }).success).toBe(true);
  });

  it("keeps a spoken cue, treats a blank one as none, and refuses one too long to say while moving", () => {
    expect(routineStepSchema.parse({ ...step, spokenCue: " Roll slowly. " }).spokenCue).toBe("Roll slowly.");
    expect(routineStepSchema.parse({ ...step, spokenCue: "   " }).spokenCue).toBeNull();
    expect(routineStepSchema.parse(step).spokenCue).toBeNull();
    expect(messages(routineStepSchema.safeParse({ ...step, spokenCue: "a".repeat(201) }))).toContain(
      "Keep the spoken cue under 200 characters: it is said aloud while someone moves.",
    );
    expect(messages(routineStepSchema.safeParse({ ...step, spokenCue: "One\nTwo" }))).toContain("Remove the invisible control characters from this text.");
  });

  it("refuses an empty instruction", () => {
    expect(messages(routineStepSchema.safeParse({ ...step, instruction: "   " }))).toContain(
      "Write what to do in this step.",
    );
  });

  it("wants seconds or repetitions, not both and not neither", () => {
    const both = routineStepSchema.safeParse({ ...step, repetitions: 3 });
    const neither = routineStepSchema.safeParse({ ...step, durationSeconds: null });
    expect(messages(both)).toContain("Give this step either seconds or repetitions, not both.");
    expect(messages(neither)).toContain("Give this step either seconds or repetitions, not both.");
  });
});

describe("routine input", () => {
  const routine = {
    slug: "a-routine",
    title: "A routine",
    summary: "Short.",
    bodyAreas: ["feet"],
    equipment: [],
    difficulty: "gentle",
    whyItWorks: "",
    cautions: "",
    status: "draft",
    steps: [step],
  };

  it("accepts a valid routine", () => {
    expect(routineInputSchema.safeParse(routine).success).toBe(true);
  });

  it("refuses too many steps", () => {
    const result = routineInputSchema.safeParse({ ...routine, steps: Array.from({ length: MAX_STEPS + 1 }, () => step) });
    expect(messages(result)).toContain(`A routine can have ${MAX_STEPS} steps at most.`);
  });

  it("refuses a slug with spaces or capitals", () => {
    expect(routineInputSchema.safeParse({ ...routine, slug: "Foot Release" }).success).toBe(false);
  });

  it("refuses unknown body areas", () => {
    expect(routineInputSchema.safeParse({ ...routine, bodyAreas: ["elbow"] }).success).toBe(false);
  });
});
