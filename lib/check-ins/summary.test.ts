import { describe, expect, it } from "vitest";
import { summariseCheckIns } from "./summary";

const row = (slug: string, before: number | null, after: number | null, day: number) => ({
  routineSlug: slug,
  routineTitle: slug.toUpperCase(),
  before,
  after,
  completedAt: new Date(Date.UTC(2026, 10, day)),
});

describe("summariseCheckIns", () => {
  it("groups by routine, most recent first, sessions oldest first", () => {
    const summary = summariseCheckIns([row("feet", 7, 3, 1), row("neck", 5, 4, 3), row("feet", 6, 2, 2)]);
    expect(summary.map((entry) => entry.slug)).toEqual(["neck", "feet"]);
    expect(summary[1]!.sessions.map((session) => session.before)).toEqual([7, 6]);
  });

  it("averages how much calmer people felt, over complete pairs only", () => {
    const [feet] = summariseCheckIns([row("feet", 7, 3, 1), row("feet", 6, 4, 2), row("feet", 8, null, 3)]);
    expect(feet!.averageEase).toBe(3);
    expect(summariseCheckIns([row("feet", 5, null, 1)])[0]!.averageEase).toBeNull();
  });

  it("keeps the latest sessions when there are many", () => {
    const rows = Array.from({ length: 15 }, (_, index) => row("feet", index % 11, 0, index + 1));
    const [feet] = summariseCheckIns(rows, 10);
    expect(feet!.sessions).toHaveLength(10);
    expect(feet!.sessions[0]!.completedAt.getUTCDate()).toBe(6);
  });
});
