import { describe, expect, it } from "vitest";
import { relatedRoutines } from "./related";

describe("relatedRoutines", () => {
  const all = [
    { slug: "feet", bodyAreas: ["feet", "calves", "hamstrings"] as const },
    { slug: "calves", bodyAreas: ["calves", "feet", "hamstrings"] as const },
    { slug: "neck", bodyAreas: ["neck"] as const },
    { slug: "back", bodyAreas: ["lower-back", "hamstrings"] as const },
  ].map((routine) => ({ ...routine, bodyAreas: [...routine.bodyAreas] }));

  it("ranks by shared body areas and leaves out itself and strangers", () => {
    expect(relatedRoutines(all[0]!, all).map((routine) => routine.slug)).toEqual(["calves", "back"]);
  });

  it("respects the limit", () => {
    expect(relatedRoutines(all[0]!, all, 1).map((routine) => routine.slug)).toEqual(["calves"]);
  });
});
