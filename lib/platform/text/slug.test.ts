import { describe, expect, it } from "vitest";
import { copySlug, slugify } from "./slug";

describe("slugify", () => {
  it("makes a readable address from a title", () => {
    expect(slugify("Tennis-ball foot release!")).toBe("tennis-ball-foot-release");
    expect(slugify("  Soften   your JAW  ")).toBe("soften-your-jaw");
    expect(slugify("Étirement doux des épaules")).toBe("etirement-doux-des-epaules");
    expect(slugify("???")).toBe("");
  });
});

describe("copySlug", () => {
  it("finds the first free copy name", () => {
    const taken = new Set(["neck", "neck-copy", "neck-copy-2"]);
    expect(copySlug("neck", (slug) => taken.has(slug))).toBe("neck-copy-3");
    expect(copySlug("jaw", (slug) => taken.has(slug))).toBe("jaw-copy");
  });
});
