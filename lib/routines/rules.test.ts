import { describe, expect, it } from "vitest";
import { SECONDS_PER_REPETITION, formatDuration, stepSeconds, totalSeconds } from "./rules";

describe("routine timing", () => {
  it("counts a timed step by its seconds", () => {
    expect(stepSeconds({ durationSeconds: 10, repetitions: null, side: "both" })).toBe(10);
  });

  it("estimates a counted step from its repetitions", () => {
    expect(stepSeconds({ durationSeconds: null, repetitions: 5, side: "left" })).toBe(5 * SECONDS_PER_REPETITION);
  });

  it("adds every step of a routine", () => {
    expect(
      totalSeconds([
        { durationSeconds: 10, repetitions: null, side: "both" },
        { durationSeconds: 30, repetitions: null, side: "left" },
        { durationSeconds: null, repetitions: 3, side: "right" },
      ]),
    ).toBe(40 + 3 * SECONDS_PER_REPETITION);
    expect(totalSeconds([])).toBe(0);
  });

  it("formats durations the way people read them", () => {
    expect(formatDuration(45)).toBe("45 sec");
    expect(formatDuration(120)).toBe("2 min");
    expect(formatDuration(90)).toBe("1 min 30 sec");
  });
});
