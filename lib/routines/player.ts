/**
 * The guided player as a pure state machine: the component feeds it clock ticks and button
 * presses, tests feed it the same. Timed steps count down; counted steps wait for "Done".
 */

export interface PlayerStep {
  durationSeconds: number | null;
  repetitions: number | null;
}

export type PlayerPhase = "check-in-before" | "playing" | "check-in-after" | "done";

export interface PlayerState {
  phase: PlayerPhase;
  index: number;
  /** Milliseconds left on a timed step; null on a counted one. */
  remainingMs: number | null;
  paused: boolean;
  before: number | null;
  after: number | null;
}

export type PlayerAction =
  | { type: "start"; before: number | null }
  | { type: "tick"; elapsedMs: number }
  | { type: "next" }
  | { type: "back" }
  | { type: "toggle-pause" }
  | { type: "finish"; after: number | null }
  | { type: "restart" };

export const initialPlayerState: PlayerState = {
  phase: "check-in-before",
  index: 0,
  remainingMs: null,
  paused: false,
  before: null,
  after: null,
};

const stepMs = (step: PlayerStep | undefined) => (step?.durationSeconds ? step.durationSeconds * 1000 : null);

function goTo(state: PlayerState, steps: readonly PlayerStep[], index: number): PlayerState {
  if (index >= steps.length) return { ...state, phase: "check-in-after", remainingMs: null, paused: false };
  const bounded = Math.max(0, index);
  return { ...state, index: bounded, remainingMs: stepMs(steps[bounded]), paused: false };
}

export function playerReducer(steps: readonly PlayerStep[]) {
  return (state: PlayerState, action: PlayerAction): PlayerState => {
    switch (action.type) {
      case "start":
        return goTo({ ...initialPlayerState, phase: "playing", before: action.before }, steps, 0);
      case "tick": {
        if (state.phase !== "playing" || state.paused || state.remainingMs === null) return state;
        const remainingMs = state.remainingMs - action.elapsedMs;
        return remainingMs > 0 ? { ...state, remainingMs } : goTo(state, steps, state.index + 1);
      }
      case "next":
        return state.phase === "playing" ? goTo(state, steps, state.index + 1) : state;
      case "back":
        return state.phase === "playing" ? goTo(state, steps, state.index - 1) : state;
      case "toggle-pause":
        return state.phase === "playing" ? { ...state, paused: !state.paused } : state;
      case "finish":
        return state.phase === "check-in-after" ? { ...state, phase: "done", after: action.after } : state;
      case "restart":
        return initialPlayerState;
    }
  };
}

/** Whole seconds to show on the countdown: 10.0 s left shows 10, 9.2 s shows 10, 0.3 s shows 1. */
export function displaySeconds(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 1000));
}
