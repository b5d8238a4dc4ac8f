import type { Side } from "./taxonomy";

export interface StepTiming {
  durationSeconds: number | null;
  repetitions: number | null;
  side: Side;
}

/**
 * A counted step has no clock, so lists and filters estimate it at a calm pace of one
 * repetition every SECONDS_PER_REPETITION seconds.
 */
export const SECONDS_PER_REPETITION = 4;

export function stepSeconds(step: StepTiming): number {
  if (step.durationSeconds !== null) return step.durationSeconds;
  return (step.repetitions ?? 0) * SECONDS_PER_REPETITION;
}

export function totalSeconds(steps: readonly StepTiming[]): number {
  return steps.reduce((sum, step) => sum + stepSeconds(step), 0);
}

/** "40 sec", "2 min", "1 min 30 sec": how long a routine takes, as a person reads it. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} sec`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} sec`;
}
