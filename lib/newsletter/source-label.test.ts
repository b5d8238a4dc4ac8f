import { describe, expect, it } from "vitest";
import { sourceLabel } from "./source-label";

const titles = new Map([["tennis-ball-foot-release", "Tennis-ball foot release"]]);
const label = (source: string) => sourceLabel(source, (slug) => titles.get(slug));

describe("sourceLabel", () => {
  it("names pages, routines by their title, imports and the footer", () => {
    expect(label("/routines/tennis-ball-foot-release")).toBe("Routine: Tennis-ball foot release");
    expect(label("/routines/neck-release")).toBe("Routine: neck release");
    expect(label("/newsletter")).toBe("Newsletter page");
    expect(label("import:substack")).toBe("Substack import");
    expect(label("import:csv")).toBe("Spreadsheet import");
    expect(label("/")).toBe("Footer");
    expect(label("/routines/tennis-ball-foot-release?via=footer")).toBe("Footer · Routine: Tennis-ball foot release");
    expect(label("/?via=footer")).toBe("Footer · Home page");
    expect(label("/newsletter/archive/slow-mornings")).toBe("Letter: slow mornings");
    expect(label("/somewhere/else")).toBe("/somewhere/else");
  });
});
