import { describe, expect, it } from "vitest";
import { initialPlayerState, playerReducer, type PlayerAction, type PlayerState } from "./player";
import { nextUpText, spokenText, voiceCues, type VoiceStep } from "./voice-cues";

const steps: VoiceStep[] = [
  { instruction: "Sit tall. Let your shoulders drop.", spokenCue: null, durationSeconds: 20, repetitions: null, side: "both" },
  { instruction: "Tip your right ear towards your right shoulder.", spokenCue: "Right ear to right shoulder.", durationSeconds: 10, repetitions: null, side: "right" },
  { instruction: "Now the other way.", spokenCue: null, durationSeconds: 10, repetitions: null, side: "left" },
  { instruction: "Shrug and let go.", spokenCue: null, durationSeconds: null, repetitions: 5, side: "both" },
];
const reduce = playerReducer(steps);

/** Plays actions one by one and collects every line the voice would say, as the component does. */
function script(actions: PlayerAction[], from: PlayerState = initialPlayerState) {
  const said: string[] = [];
  let state = from;
  for (const action of actions) {
    const next = reduce(state, action);
    const cues = voiceCues(state, next, steps);
    if (cues.interrupt) said.push("<stop>");
    said.push(...cues.lines);
    state = next;
  }
  return { said, state };
}

const ticks = (seconds: number) => Array.from({ length: seconds * 4 }, () => ({ type: "tick", elapsedMs: 250 }) as const);

describe("the player's voice", () => {
  it("says the first instruction when the routine begins", () => {
    expect(script([{ type: "start", before: 5 }]).said).toEqual(["<stop>", "Sit tall. Let your shoulders drop."]);
  });

  it("warns at ten seconds left with what comes next, then counts 3, 2, 1 into the next step", () => {
    const { said } = script([{ type: "start", before: null }, ...ticks(20)]);
    expect(said).toEqual([
      "<stop>",
      "Sit tall. Let your shoulders drop.",
      "Ten seconds left. Next: the right side. Right ear to right shoulder.",
      "3",
      "2",
      "1",
      "<stop>",
      "Right side.",
      "Right ear to right shoulder.",
    ]);
  });

  it("on a short step says only what comes next, half-way through", () => {
    const onSecond = script([{ type: "start", before: null }, { type: "next" }]).state;
    expect(script(ticks(10), onSecond).said).toEqual(["Next: the left side. Now the other way.", "3", "2", "1", "<stop>", "Left side.", "Now the other way."]);
  });

  it("says how many times on a counted step, and the end of the routine", () => {
    const onCounted = script([{ type: "start", before: null }, { type: "next" }, { type: "next" }]).state;
    expect(script([{ type: "next" }], onCounted).said).toEqual(["<stop>", "Shrug and let go.", "5 times, at your own pace."]);
    const last = script([{ type: "next" }], onCounted).state;
    expect(script([{ type: "next" }], last).said).toEqual(["<stop>", "That was the last step. Well done. Take a moment to notice how you feel now."]);
  });

  it("names the side only when it changes", () => {
    const twoRights: VoiceStep[] = [steps[1]!, { ...steps[1]!, spokenCue: "Deeper now." }];
    const first = playerReducer(twoRights)(initialPlayerState, { type: "start", before: null });
    const second = playerReducer(twoRights)(first, { type: "next" });
    expect(voiceCues(first, second, twoRights).lines).toEqual(["Deeper now."]);
  });

  it("falls silent when paused and says nothing while the clock is stopped", () => {
    const { state } = script([{ type: "start", before: null }, ...ticks(2)]);
    const paused = script([{ type: "toggle-pause" }], state);
    expect(paused.said).toEqual(["<stop>"]);
    expect(script(ticks(30), paused.state).said).toEqual([]);
  });

  it("skipping ahead stops the old line and says the new one", () => {
    const { state } = script([{ type: "start", before: null }, ...ticks(3)]);
    expect(script([{ type: "next" }], state).said).toEqual(["<stop>", "Right side.", "Right ear to right shoulder."]);
  });

  it("uses the coach's spoken cue when there is one, else the instruction; the next-up line is its first sentence", () => {
    expect(spokenText({ instruction: "Long text.", spokenCue: "  " })).toBe("Long text.");
    expect(spokenText({ instruction: "Long text.", spokenCue: "Short." })).toBe("Short.");
    expect(nextUpText({ instruction: "Sit down. Then breathe out slowly.", spokenCue: null })).toBe("Sit down.");
    expect(nextUpText({ instruction: "Roll to 3.5 cm and back", spokenCue: null })).toBe("Roll to 3.5 cm and back");
  });
});
