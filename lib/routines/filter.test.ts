import { describe, expect, it } from "vitest";
import { applyFilters, filtersToSearch, hasFilters, NO_FILTERS, parseFilters, type FilterableRoutine } from "./filter";
import { ROUTINE_FILTER_PARAMS } from "@/lib/platform/cache/per-request-routes";

const routine = (overrides: Partial<FilterableRoutine> & { title: string }): FilterableRoutine => ({
  summary: "",
  bodyAreas: [],
  equipment: [],
  totalSeconds: 60,
  ...overrides,
});

const feet = routine({ title: "Tennis-ball foot release", bodyAreas: ["feet", "hamstrings"], equipment: ["tennis-balls"], totalSeconds: 80 });
const neck = routine({ title: "Slow neck release", bodyAreas: ["neck"], totalSeconds: 170, summary: "For a screen-tired neck" });
const back = routine({ title: "Lower back unwind", bodyAreas: ["lower-back"], equipment: ["mat"], totalSeconds: 310 });
const all = [feet, neck, back];

describe("parseFilters", () => {
  it("reads every filter from the query string", () => {
    expect(parseFilters({ area: ["feet", "neck"], equipment: "none", time: "5", q: " ball " })).toEqual({
      areas: ["feet", "neck"],
      equipment: "none",
      maxMinutes: 5,
      query: "ball",
    });
  });

  it("drops values it does not know instead of failing", () => {
    expect(parseFilters({ area: ["elbow", "feet", "feet"], equipment: "barbell", time: "7" })).toEqual({
      ...NO_FILTERS,
      areas: ["feet"],
    });
  });
});

describe("filtersToSearch", () => {
  it("writes a stable, shareable query string that parses back", () => {
    const filters = { areas: ["neck" as const, "feet" as const], equipment: "tennis-balls" as const, maxMinutes: 2 as const, query: "roll" };
    const search = filtersToSearch(filters);
    expect(search).toBe("?area=feet&area=neck&equipment=tennis-balls&time=2&q=roll");
    const params = new URLSearchParams(search);
    expect(parseFilters({ area: params.getAll("area"), equipment: params.get("equipment")!, time: params.get("time")!, q: params.get("q")! })).toEqual({
      ...filters,
      areas: ["feet", "neck"],
    });
    expect(filtersToSearch(NO_FILTERS)).toBe("");
  });
});

describe("applyFilters", () => {
  it("keeps routines for any chosen body area", () => {
    expect(applyFilters(all, { ...NO_FILTERS, areas: ["hamstrings", "neck"] })).toEqual([feet, neck]);
  });

  it("filters by equipment, and 'none' means nothing needed", () => {
    expect(applyFilters(all, { ...NO_FILTERS, equipment: "tennis-balls" })).toEqual([feet]);
    expect(applyFilters(all, { ...NO_FILTERS, equipment: "none" })).toEqual([neck]);
  });

  it("filters by the time available, counting the exact time the card and the page show", () => {
    // 80 s reads "1 min 20 sec": inside "up to 2 min"; 170 s ("2 min 50 sec") is not, but is inside 5.
    expect(applyFilters(all, { ...NO_FILTERS, maxMinutes: 2 })).toEqual([feet]);
    expect(applyFilters(all, { ...NO_FILTERS, maxMinutes: 5 })).toEqual([feet, neck]);
    expect(applyFilters(all, { ...NO_FILTERS, maxMinutes: 10 })).toEqual(all);
  });

  it("searches title, summary and body-area names, every word", () => {
    expect(applyFilters(all, { ...NO_FILTERS, query: "screen" })).toEqual([neck]);
    expect(applyFilters(all, { ...NO_FILTERS, query: "lower back" })).toEqual([back]);
    expect(applyFilters(all, { ...NO_FILTERS, query: "hamstrings release" })).toEqual([feet]);
  });

  it("combines filters", () => {
    expect(applyFilters(all, { areas: ["feet", "neck"], equipment: "none", maxMinutes: 5, query: "" })).toEqual([neck]);
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, query: "x" })).toBe(true);
  });
});

describe("the cached library rewrite", () => {
  it("knows every query parameter that filters, so a filtered link never gets the unfiltered cached page", () => {
    const everything = parseFilters({ area: ["feet", "neck"], equipment: "none", time: "5", q: "ball" });
    const keys = new Set(new URLSearchParams(filtersToSearch(everything)).keys());
    expect([...keys].sort()).toEqual([...ROUTINE_FILTER_PARAMS].sort());
  });
});
