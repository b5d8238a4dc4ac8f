import { describe, expect, it } from "vitest";
import { decideLessonAccess } from "../access";
import { computeProgress, continueLesson, neighbours, type OutlineModule } from "./progress";

const lesson = (id: string, isPreview = false) => ({ id, slug: id, title: id, durationSeconds: 60, isPreview });
const modules: OutlineModule[] = [
  { id: "m1", title: "One", summary: "", opensAfterDays: null, opensAt: null, lessons: [lesson("a", true), lesson("b"), lesson("c")] },
  { id: "m2", title: "Two", summary: "", opensAfterDays: null, opensAt: null, lessons: [lesson("d"), lesson("e")] },
];

describe("progress", () => {
  it("counts per module and for the course", () => {
    expect(computeProgress(modules, new Set(["a", "b", "d"]))).toEqual({
      done: 3,
      total: 5,
      percent: 60,
      modules: [
        { id: "m1", done: 2, total: 3 },
        { id: "m2", done: 1, total: 2 },
      ],
    });
    expect(computeProgress([], new Set()).percent).toBe(0);
  });

  it("walks across module borders for previous and next", () => {
    expect(neighbours(modules, "c")).toEqual({ previous: modules[0]!.lessons[1], next: modules[1]!.lessons[0] });
    expect(neighbours(modules, "a").previous).toBeNull();
    expect(neighbours(modules, "e").next).toBeNull();
  });

  it("continues where the learner left off", () => {
    expect(continueLesson(modules, new Set(), null)?.id).toBe("a");
    expect(continueLesson(modules, new Set(["a"]), "c")?.id).toBe("c");
    expect(continueLesson(modules, new Set(["a", "c"]), "c")?.id).toBe("d");
    expect(continueLesson(modules, new Set(["c", "d", "e"]), "e")?.id).toBe("a");
    expect(continueLesson(modules, new Set(["a", "b", "c", "d", "e"]), "b")?.id).toBe("e");
  });
});

describe("lesson access", () => {
  const active = { revokedAt: null, safetyAcknowledgedAt: new Date() };
  const anonymous = { signedIn: false, isAdmin: false };
  const member = { signedIn: true, isAdmin: false };
  it.each([
    ["preview, anonymous", { isPreview: true }, anonymous, null, "open"],
    ["full lesson, anonymous", { isPreview: false }, anonymous, null, "sign-in"],
    ["full lesson, no enrollment", { isPreview: false }, member, null, "buy"],
    ["full lesson, refunded", { isPreview: false }, member, { revokedAt: new Date(), safetyAcknowledgedAt: new Date() }, "revoked"],
    ["full lesson, not yet acknowledged", { isPreview: false }, member, { revokedAt: null, safetyAcknowledgedAt: null }, "safety-first"],
    ["full lesson, enrolled", { isPreview: false }, member, active, "open"],
    ["full lesson, the coach", { isPreview: false }, { signedIn: true, isAdmin: true }, null, "open"],
  ] as const)("%s → %s", (_name, lessonFacts, viewer, enrollment, expected) => {
    expect(decideLessonAccess({ lesson: lessonFacts, viewer, enrollment })).toBe(expected);
  });
});
