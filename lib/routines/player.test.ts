import { describe, expect, it } from "vitest";
import { displaySeconds, initialPlayerState, placeToKeep, playerReducer, resumablePlace, type PlayerState } from "./player";

const steps = [
  { durationSeconds: 10, repetitions: null },
  { durationSeconds: null, repetitions: 5 },
  { durationSeconds: 3, repetitions: null },
];
const reduce = playerReducer(steps);
const run = (state: PlayerState, ...actions: Parameters<typeof reduce>[1][]) => actions.reduce(reduce, state);

describe("guided player", () => {
  it("starts after the check-in on the first step's full time", () => {
    const state = reduce(initialPlayerState, { type: "start", before: 7 });
    expect(state).toMatchObject({ phase: "playing", index: 0, remainingMs: 10_000, before: 7 });
  });

  it("counts down and moves on by itself when a timed step ends", () => {
    const started = reduce(initialPlayerState, { type: "start", before: null });
    expect(run(started, { type: "tick", elapsedMs: 9_000 })).toMatchObject({ index: 0, remainingMs: 1_000 });
    expect(run(started, { type: "tick", elapsedMs: 9_000 }, { type: "tick", elapsedMs: 1_000 })).toMatchObject({
      index: 1,
      remainingMs: null,
    });
  });

  it("waits on a counted step until the person says done", () => {
    const onCounted = run(reduce(initialPlayerState, { type: "start", before: null }), { type: "next" });
    expect(run(onCounted, { type: "tick", elapsedMs: 60_000 })).toMatchObject({ index: 1, remainingMs: null });
    expect(run(onCounted, { type: "next" })).toMatchObject({ index: 2, remainingMs: 3_000 });
  });

  it("does not count while paused, and resumes where it was", () => {
    const paused = run(reduce(initialPlayerState, { type: "start", before: null }), { type: "tick", elapsedMs: 4_000 }, { type: "toggle-pause" });
    expect(run(paused, { type: "tick", elapsedMs: 30_000 })).toMatchObject({ index: 0, remainingMs: 6_000, paused: true });
    expect(run(paused, { type: "toggle-pause" }, { type: "tick", elapsedMs: 1_000 })).toMatchObject({ remainingMs: 5_000, paused: false });
  });

  it("goes back to the start of the previous step, never before the first", () => {
    const onThird = run(reduce(initialPlayerState, { type: "start", before: null }), { type: "next" }, { type: "next" });
    expect(run(onThird, { type: "back" })).toMatchObject({ index: 1 });
    expect(run(onThird, { type: "back" }, { type: "back" }, { type: "back" })).toMatchObject({ index: 0, remainingMs: 10_000 });
  });

  it("asks for the after check-in at the end, then is done", () => {
    const end = run(reduce(initialPlayerState, { type: "start", before: 8 }), { type: "next" }, { type: "next" }, { type: "tick", elapsedMs: 3_000 });
    expect(end.phase).toBe("check-in-after");
    expect(run(end, { type: "finish", after: 4 })).toMatchObject({ phase: "done", before: 8, after: 4 });
  });

  it("ignores buttons that make no sense in the current phase", () => {
    expect(run(initialPlayerState, { type: "next" }, { type: "toggle-pause" }, { type: "finish", after: 3 })).toEqual(initialPlayerState);
  });

  it("rounds the countdown up, so it never shows 0 while time is left", () => {
    expect(displaySeconds(10_000)).toBe(10);
    expect(displaySeconds(9_200)).toBe(10);
    expect(displaySeconds(300)).toBe(1);
    expect(displaySeconds(0)).toBe(0);
  });
});

describe("resuming where you stopped", () => {
  const morning = new Date(2026, 11, 7, 9, 0, 0);
  const started = run(initialPlayerState, { type: "start", before: 6 }, { type: "tick", elapsedMs: 10_000 }, { type: "next" }, { type: "tick", elapsedMs: 1_000 });

  it("keeps a routine under way, never one not started or finished", () => {
    expect(placeToKeep(started, "neck", 3, morning)).toEqual({ slug: "neck", index: 2, remainingMs: 2_000, before: 6, savedAt: morning.toISOString(), stepCount: 3 });
    expect(placeToKeep(initialPlayerState, "neck", 3, morning)).toBeNull();
    expect(placeToKeep(run(started, { type: "next" }), "neck", 3, morning)).toBeNull();
  });

  it("offers the place for the rest of that day only, for the same routine and steps", () => {
    const place = placeToKeep(started, "neck", 3, morning)!;
    expect(resumablePlace(place, "neck", 3, new Date(2026, 11, 7, 23, 59))).toEqual(place);
    expect(resumablePlace(place, "neck", 3, new Date(2026, 11, 8, 0, 1))).toBeNull();
    expect(resumablePlace(place, "jaw", 3, morning)).toBeNull();
    expect(resumablePlace(place, "neck", 4, morning)).toBeNull();
  });

  it("ignores anything malformed or from the future", () => {
    for (const bad of [null, "x", 7, { ...placeToKeep(started, "neck", 3, morning), index: 9 }, { ...placeToKeep(started, "neck", 3, morning), before: 99 }, { ...placeToKeep(started, "neck", 3, morning), remainingMs: "1" }, { ...placeToKeep(started, "neck", 3, morning), savedAt: "soon" }]) {
      expect(resumablePlace(bad, "neck", 3, morning)).toBeNull();
    }
    expect(resumablePlace(placeToKeep(started, "neck", 3, new Date(2026, 11, 7, 10)), "neck", 3, morning)).toBeNull();
  });

  it("resumes paused on the same step with the time that was left, and the check-in kept", () => {
    const resumed = reduce(initialPlayerState, { type: "resume", place: placeToKeep(started, "neck", 3, morning)! });
    expect(resumed).toMatchObject({ phase: "playing", index: 2, remainingMs: 2_000, paused: true, before: 6 });
    // A counted step has no clock to pause.
    const counted = reduce(initialPlayerState, { type: "resume", place: { slug: "neck", index: 1, remainingMs: null, before: null, savedAt: morning.toISOString(), stepCount: 3 } });
    expect(counted).toMatchObject({ phase: "playing", index: 1, remainingMs: null, paused: false });
  });
});
