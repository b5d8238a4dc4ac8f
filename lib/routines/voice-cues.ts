/**
 * What the player's voice says, as a pure function of one state change: the component compares
 * the state before and after each clock tick or button press and speaks what this returns. Kept
 * apart from speech synthesis so the script can be tested line by line, and so a routine on the
 * floor hears the same words in every browser that can speak.
 */
import { displaySeconds, type PlayerState, type PlayerStep } from "./player";
import type { Side } from "./taxonomy";

export interface VoiceStep extends PlayerStep {
  instruction: string;
  spokenCue: string | null;
  side: Side;
}

export interface VoiceCues {
  /** Lines to say, in order. */
  lines: string[];
  /** Stop whatever is still being said first: the person moved on, or paused. */
  interrupt: boolean;
}

/** Timed steps of at least this many seconds say "ten seconds left"; shorter ones only "next". */
const TEN_SECONDS_WARNING_FROM = 20;
/** A 3-2-1 on steps this long or longer; on shorter ones it would be counting all the time. */
const COUNTDOWN_FROM = 6;

const SIDE_LINE: Record<Side, string | null> = { left: "Left side.", right: "Right side.", both: null };

/** The coach's spoken cue, or the instruction itself. */
export function spokenText(step: Pick<VoiceStep, "instruction" | "spokenCue">): string {
  return step.spokenCue?.trim() || step.instruction;
}

/** The first sentence is enough to know what comes next; the full line is said when it starts. */
export function nextUpText(step: Pick<VoiceStep, "instruction" | "spokenCue">): string {
  const text = spokenText(step);
  if (step.spokenCue?.trim()) return text;
  const firstSentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0];
  return firstSentence ?? text;
}

function startLines(step: VoiceStep, previous: VoiceStep | undefined): string[] {
  const lines: string[] = [];
  const sideLine = SIDE_LINE[step.side];
  if (sideLine && previous?.side !== step.side) lines.push(sideLine);
  lines.push(spokenText(step));
  if (step.repetitions !== null) lines.push(`${step.repetitions} times, at your own pace.`);
  return lines;
}

function nextLine(following: VoiceStep | undefined, current: VoiceStep): string {
  if (!following) return "This is the last step.";
  const switching = following.side !== "both" && following.side !== current.side ? `the ${following.side} side. ` : "";
  return `Next: ${switching}${nextUpText(following)}`;
}

/** When, in whole seconds left, a timed step announces what comes next. */
function announceAt(durationSeconds: number): number {
  return durationSeconds >= TEN_SECONDS_WARNING_FROM ? 10 : Math.floor(durationSeconds / 2);
}

const crossed = (was: number, is: number, mark: number) => was > mark && is <= mark;

export function voiceCues(before: PlayerState, after: PlayerState, steps: readonly VoiceStep[]): VoiceCues {
  const quiet: VoiceCues = { lines: [], interrupt: false };

  if (after.phase === "playing") {
    const step = steps[after.index];
    if (!step) return quiet;
    const moved = before.phase !== "playing" || before.index !== after.index;
    if (moved) return { lines: startLines(step, before.phase === "playing" ? steps[before.index] : undefined), interrupt: true };
    if (after.paused && !before.paused) return { lines: [], interrupt: true };
    if (after.paused || before.remainingMs === null || after.remainingMs === null || step.durationSeconds === null) return quiet;

    const was = displaySeconds(before.remainingMs);
    const is = displaySeconds(after.remainingMs);
    if (was === is) return quiet;
    const lines: string[] = [];
    const mark = announceAt(step.durationSeconds);
    if (mark > 3 && crossed(was, is, mark)) {
      const warning = mark === 10 ? "Ten seconds left. " : "";
      lines.push(warning + nextLine(steps[after.index + 1], step));
    }
    if (step.durationSeconds >= COUNTDOWN_FROM) {
      for (const count of [3, 2, 1]) if (crossed(was, is, count) && is === count) lines.push(String(count));
    }
    return { lines, interrupt: false };
  }

  if (after.phase === "check-in-after" && before.phase === "playing") {
    return { lines: ["That was the last step. Well done. Take a moment to notice how you feel now."], interrupt: true };
  }
  if (after.phase !== before.phase) return { lines: [], interrupt: true };
  return quiet;
}
