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
  | { type: "restart" }
  | { type: "resume"; place: SavedPlace };

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
      case "resume": {
        // Paused, so the person can get back onto the floor before the clock runs.
        const index = Math.min(Math.max(0, action.place.index), steps.length - 1);
        const full = stepMs(steps[index]);
        const remainingMs = full === null ? null : Math.min(full, Math.max(1_000, action.place.remainingMs ?? full));
        return { ...initialPlayerState, phase: "playing", index, remainingMs, paused: remainingMs !== null, before: action.place.before };
      }
    }
  };
}

/** Whole seconds to show on the countdown: 10.0 s left shows 10, 9.2 s shows 10, 0.3 s shows 1. */
export function displaySeconds(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 1000));
}

/** Where someone stopped a routine, kept on their device when they close the player mid-way. */
export interface SavedPlace {
  slug: string;
  index: number;
  remainingMs: number | null;
  before: number | null;
  savedAt: string;
  /** The routine's steps when it was saved: an edited routine starts afresh. */
  stepCount: number;
}

/** What to keep when the player closes: only a routine under way (a finished one starts over). */
export function placeToKeep(state: PlayerState, slug: string, stepCount: number, now: Date): SavedPlace | null {
  if (state.phase !== "playing") return null;
  return { slug, index: state.index, remainingMs: state.remainingMs, before: state.before, savedAt: now.toISOString(), stepCount };
}

/**
 * A kept place is offered again for the rest of the day it was made (the device's own calendar
 * day), for the same routine with the same steps; after that, or for anything malformed, the
 * routine starts from the beginning.
 */
export function resumablePlace(saved: unknown, slug: string, stepCount: number, now: Date): SavedPlace | null {
  if (!saved || typeof saved !== "object") return null;
  const place = saved as Partial<SavedPlace>;
  if (place.slug !== slug || place.stepCount !== stepCount) return null;
  if (!Number.isInteger(place.index) || place.index! < 0 || place.index! >= stepCount) return null;
  if (place.remainingMs !== null && (typeof place.remainingMs !== "number" || !Number.isFinite(place.remainingMs))) return null;
  if (place.before !== null && !(Number.isInteger(place.before) && place.before! >= 0 && place.before! <= 10)) return null;
  const savedAt = new Date(String(place.savedAt));
  if (Number.isNaN(savedAt.getTime()) || savedAt > now) return null;
  const sameDay = savedAt.getFullYear() === now.getFullYear() && savedAt.getMonth() === now.getMonth() && savedAt.getDate() === now.getDate();
  return sameDay ? (place as SavedPlace) : null;
}
