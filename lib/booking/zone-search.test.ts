import { describe, expect, it } from "vitest";
import { timeZoneDirectory } from "@/lib/site/time-zone-directory";
import { indexZones, searchZones } from "./zone-search";

const indexed = indexZones(timeZoneDirectory(), new Date("2026-12-03T12:00:00Z"));
const first = (query: string, detected: string | null = null) => searchZones(indexed, query, detected)[0]?.name;

describe("finding a time zone by what people type", () => {
  it("finds a country before a state whose name starts the same", () => {
    expect(first("India")).toBe("Asia/Kolkata");
    expect(first("indi")).toBeDefined();
  });

  it("knows today's city names and the old ones", () => {
    expect(first("Kyiv")).toBe("Europe/Kyiv");
    expect(first("Kiev")).toBe("Europe/Kyiv");
    expect(first("Calcutta")).toBe("Asia/Kolkata");
    expect(first("new york")).toBe("America/New_York");
    expect(first("São Paulo")).toBe("America/Sao_Paulo");
  });

  it("finds a zone by what it is called", () => {
    expect(first("central european")).toMatch(/^(Europe|Africa)\//);
    expect(first("pacific standard")).toMatch(/^America\/(Los_Angeles|Vancouver|Tijuana)$/);
    expect(first("India Standard Time")).toBe("Asia/Kolkata");
  });

  it("lists the device's zone first when nothing is typed, and nothing for nonsense", () => {
    expect(first("", "Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(searchZones(indexed, "", null)).toHaveLength(8);
    expect(searchZones(indexed, "qqqzz", null)).toEqual([]);
  });
});
