"use client";

import { ChevronLeft, ChevronRight, Pause, Play, SlidersHorizontal, Volume2, VolumeX, X } from "lucide-react";
import Link from "next/link";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { PublicRoutineStep } from "@/lib/composition/public-reads";
import { displaySeconds, initialPlayerState, placeToKeep, playerReducer, resumablePlace, type PlayerState, type SavedPlace } from "@/lib/routines/player";
import { nextUpText, voiceCues } from "@/lib/routines/voice-cues";
import { playChime, requestWakeLock } from "./cues";
import { addPendingCheckIn, sendCheckIns, SYNCED_EVENT } from "./local-check-ins";
import { Picture } from "@/app/_ui/picture";
import { TensionScale } from "./tension-scale";
import { canSpeak, hush, readSoundSettings, saveSoundSettings, speak, SPEEDS, unlockSpeech, useVoices, type SoundSettings } from "./voice-guide";

const SIDE_LABEL = { left: "Left side", right: "Right side", both: null } as const;
const TICK_MS = 250;

/** Where this device stopped each routine (lib/routines/player.ts says for how long it counts). */
const placeKey = (slug: string) => `routine-place:${slug}`;

function readPlace(slug: string, stepCount: number): SavedPlace | null {
  try {
    return resumablePlace(JSON.parse(localStorage.getItem(placeKey(slug)) ?? "null"), slug, stepCount, new Date());
  } catch {
    return null;
  }
}

function writePlace(slug: string, place: SavedPlace | null) {
  try {
    if (place) localStorage.setItem(placeKey(slug), JSON.stringify(place));
    else localStorage.removeItem(placeKey(slug));
  } catch {
    // Private mode or a full disk: the routine simply starts from the beginning next time.
  }
}

type SaveState = "idle" | "saving" | "saved" | "local" | "offline" | "failed";

export function RoutinePlayer({ slug, title, steps, caution = null }: { slug: string; title: string; steps: PublicRoutineStep[]; caution?: string | null }) {
  const [open, setOpen] = useState(false);
  const [state, dispatch] = useReducer(playerReducer(steps), initialPlayerState);
  const [before, setBefore] = useState<number | null>(null);
  const [after, setAfter] = useState<number | null>(null);
  const [sound, setSound] = useState<SoundSettings>({ voice: true, voiceURI: null, rate: 1, chime: true });
  const [speechAvailable, setSpeechAvailable] = useState(false);
  const [soundPanel, setSoundPanel] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [resume, setResume] = useState<SavedPlace | null>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const step = steps[state.index];

  // The clock: real elapsed time between ticks, so a slow tab never stretches a step.
  useEffect(() => {
    if (!open || state.phase !== "playing" || state.paused) return;
    let last = Date.now();
    const timer = window.setInterval(() => {
      const now = Date.now();
      dispatch({ type: "tick", elapsedMs: now - last });
      last = now;
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [open, state.phase, state.paused]);

  // A routine played once should play offline: the service worker keeps its pictures and videos
  // now, not only those of the steps someone happened to reach (public/sw.js, "keep").
  useEffect(() => {
    const urls = steps.flatMap((item) => (item.media ? [item.media.url] : []));
    if (urls.length === 0 || !("serviceWorker" in navigator)) return;
    void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: "keep", urls })).catch(() => undefined);
  }, [steps]);

  // Closed mid-way earlier today: offer that place again. Read after hydration: the server has no
  // device storage, and the first render must match its HTML.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setResume(readPlace(slug, steps.length)), [slug, steps.length]);

  // Leaving the page mid-routine (another tab, the phone locked and the tab dropped) keeps the place too.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  useEffect(() => {
    if (!open) return;
    const keepPlace = () => writePlace(slug, placeToKeep(latest.current, slug, steps.length, new Date()));
    window.addEventListener("pagehide", keepPlace);
    return () => window.removeEventListener("pagehide", keepPlace);
  }, [open, slug, steps.length]);

  // A finished routine starts from the beginning next time.
  useEffect(() => {
    if (state.phase === "check-in-after" || state.phase === "done") writePlace(slug, null);
  }, [state.phase, slug]);

  // A soft cue at every change of step, and at the end.
  const cueKey = `${state.phase}:${state.index}`;
  const previousCue = useRef(cueKey);
  useEffect(() => {
    if (previousCue.current !== cueKey && (state.phase === "playing" || state.phase === "check-in-after") && sound.chime) playChime();
    previousCue.current = cueKey;
  }, [cueKey, state.phase, sound.chime]);

  // The voice: each change of state is compared with the one before; lib/routines/voice-cues says what to speak.
  const spokenState = useRef<PlayerState>(initialPlayerState);
  useEffect(() => {
    const before = spokenState.current;
    spokenState.current = state;
    if (!open || !sound.voice) return;
    const cues = voiceCues(before, state, steps);
    if (cues.lines.length || cues.interrupt) speak(cues.lines, sound, { interrupt: cues.interrupt });
  }, [open, state, steps, sound]);

  // Keep the screen awake while a routine plays.
  useEffect(() => {
    if (!open || state.phase !== "playing" || state.paused) return;
    let lock: Awaited<ReturnType<typeof requestWakeLock>> = null;
    let cancelled = false;
    void requestWakeLock().then((handle) => {
      if (cancelled) void handle?.release();
      else lock = handle;
    });
    return () => {
      cancelled = true;
      void lock?.release();
    };
  }, [open, state.phase, state.paused]);

  // A check-in kept offline reaches the account when the network is back (app/_ui/offline-support).
  useEffect(() => {
    if (saveState !== "offline") return;
    const onSynced = () => setSaveState("saved");
    window.addEventListener(SYNCED_EVENT, onSynced);
    return () => window.removeEventListener(SYNCED_EVENT, onSynced);
  }, [saveState]);

  const close = useCallback(() => {
    hush();
    const place = placeToKeep(latest.current, slug, steps.length, new Date());
    writePlace(slug, place);
    setResume(place);
    setOpen(false);
    setSoundPanel(false);
    dispatch({ type: "restart" });
    setBefore(null);
    setAfter(null);
    setSaveState("idle");
    openerRef.current?.focus();
  }, [slug, steps.length]);

  useEffect(() => {
    if (!open) return;
    dialogRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") return close();
      if (state.phase !== "playing") return;
      if (event.key === " " && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        dispatch({ type: "toggle-pause" });
      } else if (event.key === "ArrowRight") dispatch({ type: "next" });
      else if (event.key === "ArrowLeft") dispatch({ type: "back" });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open, state.phase, close]);

  const openPlayer = useCallback(() => {
    setSound(readSoundSettings());
    setSpeechAvailable(canSpeak());
    setOpen(true);
  }, []);

  const changeSound = (patch: Partial<SoundSettings>) => {
    const next = { ...sound, ...patch };
    if (patch.voice === false) hush();
    setSound(next);
    saveSoundSettings(next);
  };

  const begin = (value: number | null) => {
    if (sound.voice) unlockSpeech();
    setResume(null);
    dispatch({ type: "start", before: value });
  };

  const resumeAt = (place: SavedPlace) => {
    if (sound.voice) unlockSpeech();
    setResume(null);
    dispatch({ type: "resume", place });
  };

  const finish = async (value: number | null) => {
    dispatch({ type: "finish", after: value });
    if (state.before === null && value === null) return;
    const checkIn = { routineSlug: slug, before: state.before, after: value, completedAt: new Date().toISOString() };
    setSaveState("saving");
    const result = await sendCheckIns([checkIn]);
    if (result === "saved") setSaveState("saved");
    else {
      addPendingCheckIn(checkIn);
      setSaveState(result === "unauthorized" ? "local" : result);
    }
  };

  if (!open) {
    return (
      <>
        <OpenFromLink onOpen={openPlayer} />
      <button
        ref={openerRef}
        type="button"
        onClick={openPlayer}
        className="inline-flex min-h-14 items-center justify-center gap-3 rounded-full bg-moss px-8 text-lg font-semibold text-on-moss hover:bg-moss-strong"
      >
        <Play aria-hidden="true" className="size-6" /> {resume ? `Resume at step ${resume.index + 1} of ${steps.length}` : "Start with the timer"}
      </button>
      </>
    );
  }

  const progress = state.phase === "playing" ? (state.index + 1) / steps.length : state.phase === "check-in-before" ? 0 : 1;
  const stepTotalMs = step?.durationSeconds ? step.durationSeconds * 1000 : null;
  const following = steps[state.index + 1];

  return (
    <div
      ref={dialogRef}
      tabIndex={-1}
      role="dialog"
      aria-modal="true"
      aria-label={`Guided routine: ${title}`}
      className="fixed inset-0 z-50 flex flex-col bg-linen text-ink outline-none"
    >
      <div className="flex items-center justify-between gap-3 border-b border-line px-4 py-2">
        {/* Two lines on a phone rather than a cut-off title. */}
        <p className="line-clamp-2 min-w-0 font-serif text-base leading-snug sm:text-lg">{title}</p>
        <div className="flex items-center gap-1">
          {speechAvailable ? (
            <button type="button" onClick={() => changeSound({ voice: !sound.voice })} aria-pressed={sound.voice} className="inline-flex size-12 items-center justify-center rounded-full hover:bg-sand">
              {sound.voice ? <Volume2 aria-hidden="true" className="size-6" /> : <VolumeX aria-hidden="true" className="size-6" />}
              <span className="sr-only">Voice guidance</span>
            </button>
          ) : null}
          <button
            type="button"
            onClick={() => setSoundPanel((shown) => !shown)}
            aria-expanded={soundPanel}
            aria-controls="player-sound-settings"
            className="inline-flex size-12 items-center justify-center rounded-full hover:bg-sand"
          >
            <SlidersHorizontal aria-hidden="true" className="size-6" />
            <span className="sr-only">Sound settings</span>
          </button>
          <button type="button" onClick={close} className="inline-flex size-12 items-center justify-center rounded-full hover:bg-sand">
            <X aria-hidden="true" className="size-6" />
            <span className="sr-only">Close the player</span>
          </button>
        </div>
      </div>
      {soundPanel ? <SoundPanel settings={sound} speechAvailable={speechAvailable} onChange={changeSound} /> : null}
      <div className="h-1.5 bg-sand" aria-hidden="true">
        <div className="h-full bg-moss transition-[width] duration-500" style={{ width: `${progress * 100}%` }} />
      </div>

      <div className="mx-auto flex w-full max-w-2xl flex-1 flex-col justify-center-safe overflow-y-auto px-5 py-6">
        {state.phase === "check-in-before" ? (
          <div>
            {caution ? (
              <p className="mb-6 rounded-2xl border border-clay/40 bg-clay-soft/50 px-4 py-3">
                <span className="font-semibold">Go gently:</span> {caution}{" "}
                <a href={`/routines/${slug}#care-heading`} onClick={close} className="font-semibold underline underline-offset-4">
                  All the cautions
                </a>
              </p>
            ) : null}
            {resume ? (
              <div className="mb-8 rounded-2xl border border-line bg-surface p-4">
                <p>
                  You stopped at step {resume.index + 1} of {steps.length} earlier today.
                </p>
                <div className="mt-3 flex flex-wrap gap-3">
                  <button type="button" onClick={() => resumeAt(resume)} className="inline-flex min-h-12 items-center justify-center rounded-full bg-moss px-6 font-semibold text-on-moss hover:bg-moss-strong">
                    Resume at step {resume.index + 1}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      writePlace(slug, null);
                      setResume(null);
                    }}
                    className="inline-flex min-h-12 items-center justify-center rounded-full border border-line px-6 hover:bg-sand"
                  >
                    Start from the beginning
                  </button>
                </div>
              </div>
            ) : null}
            <TensionScale name="before" legend="Before you start: how tense do you feel?" value={before} onChange={setBefore} />
            <div className="mt-8 flex flex-wrap gap-3">
              <button type="button" onClick={() => begin(before)} className="inline-flex min-h-14 flex-1 items-center justify-center rounded-full bg-moss px-8 text-lg font-semibold text-on-moss hover:bg-moss-strong">
                Begin
              </button>
              {before !== null ? null : (
                <button type="button" onClick={() => begin(null)} className="inline-flex min-h-14 items-center justify-center rounded-full border border-line px-6 hover:bg-sand">
                  Skip the check-in
                </button>
              )}
            </div>
          </div>
        ) : null}

        {state.phase === "playing" && step ? (
          <div className="text-center" aria-live="polite">
            <p className="text-sm font-semibold uppercase tracking-wider text-ink-muted">
              Step {state.index + 1} of {steps.length}
            </p>
            {SIDE_LABEL[step.side] ? (
              <p className="mt-3 inline-block rounded-full bg-clay-soft px-4 py-1 font-semibold text-clay">{SIDE_LABEL[step.side]}</p>
            ) : null}
            {step.media ? (
              <div className="relative mx-auto mt-4 aspect-[4/3] max-h-[24dvh] w-full max-w-sm overflow-hidden rounded-2xl bg-sand">
                <Picture picture={step.media} sizes="(min-width: 640px) 384px, 90vw" preload />
              </div>
            ) : null}
            {/* Big enough to read from the floor, two metres from a phone. */}
            <p className="mx-auto mt-5 max-w-xl font-serif text-[1.875rem] leading-tight sm:text-4xl sm:leading-tight">{step.instruction}</p>
            {stepTotalMs !== null && state.remainingMs !== null ? (
              <p className="mt-8 font-serif text-8xl tabular-nums" role="timer" aria-label="Seconds left">
                {displaySeconds(state.remainingMs)}
              </p>
            ) : (
              <div className="mt-8">
                <p className="font-serif text-5xl">{step.repetitions} times</p>
                <button type="button" onClick={() => dispatch({ type: "next" })} className="mt-6 inline-flex min-h-14 items-center justify-center rounded-full bg-moss px-10 text-lg font-semibold text-on-moss hover:bg-moss-strong">
                  Done
                </button>
              </div>
            )}
            {state.paused ? <p className="mt-4 font-semibold text-clay">Paused</p> : null}
            <p className="mx-auto mt-8 max-w-xl text-lg text-ink-muted">
              <span className="font-semibold text-ink">Next up:</span>{" "}
              {following ? (following.side !== "both" && following.side !== step.side ? `${SIDE_LABEL[following.side]}. ` : "") + nextUpText(following) : "how you feel now"}
            </p>
          </div>
        ) : null}

        {state.phase === "check-in-after" ? (
          <div>
            <p className="font-semibold text-moss-strong">Well done. You finished the routine.</p>
            <div className="mt-4">
              <TensionScale name="after" legend="And now: how tense do you feel?" value={after} onChange={setAfter} />
            </div>
            <div className="mt-8 flex flex-wrap gap-3">
              <button type="button" onClick={() => void finish(after)} className="inline-flex min-h-14 flex-1 items-center justify-center rounded-full bg-moss px-8 text-lg font-semibold text-on-moss hover:bg-moss-strong">
                {after === null ? "Finish without a check-in" : "Save and finish"}
              </button>
            </div>
          </div>
        ) : null}

        {state.phase === "done" ? (
          <div className="text-center">
            <h2 className="text-4xl">Well done</h2>
            {state.before !== null && state.after !== null ? (
              <p className="mt-4 text-xl">
                Before <strong>{state.before}</strong> → after <strong>{state.after}</strong>
                {state.after < state.before ? ". Notice that difference." : "."}
              </p>
            ) : null}
            <div className="mt-4 min-h-12" role="status">
              {saveState === "saved" ? <p>Saved to your account.</p> : null}
              {saveState === "local" ? (
                <p>
                  Kept on this device.{" "}
                  <Link href={`/sign-in?next=${encodeURIComponent("/account")}`} className="font-semibold text-moss-strong underline underline-offset-4">
                    Sign in to keep your check-ins
                  </Link>{" "}
                  and see how you change over time.
                </p>
              ) : null}
              {saveState === "offline" ? <p>You are offline. This check-in is kept on this device and goes to your account when you are back online.</p> : null}
              {saveState === "failed" ? <p>We could not save this just now; it is kept on this device.</p> : null}
            </div>
            <div className="mt-6 flex flex-wrap justify-center gap-3">
              <button type="button" onClick={() => dispatch({ type: "restart" })} className="inline-flex min-h-12 items-center rounded-full border border-line px-6 hover:bg-sand">
                Do it again
              </button>
              <button type="button" onClick={close} className="inline-flex min-h-12 items-center rounded-full bg-moss px-6 font-semibold text-on-moss hover:bg-moss-strong">
                Close
              </button>
            </div>
          </div>
        ) : null}
      </div>

      {state.phase === "playing" ? (
        <div className="border-t border-line bg-surface px-4 py-3">
          <div className="mx-auto flex max-w-md items-center justify-between gap-3">
            <button type="button" onClick={() => dispatch({ type: "back" })} disabled={state.index === 0} className="inline-flex size-14 items-center justify-center rounded-full border border-line disabled:opacity-40">
              <ChevronLeft aria-hidden="true" className="size-7" />
              <span className="sr-only">Previous step</span>
            </button>
            {/* A counted step waits for "Done" anyway: there is nothing to pause. */}
            {stepTotalMs !== null ? (
              <button type="button" onClick={() => dispatch({ type: "toggle-pause" })} className="inline-flex size-16 items-center justify-center rounded-full bg-moss text-on-moss hover:bg-moss-strong">
                {state.paused ? <Play aria-hidden="true" className="size-8" /> : <Pause aria-hidden="true" className="size-8" />}
                <span className="sr-only">{state.paused ? "Resume" : "Pause"}</span>
              </button>
            ) : (
              <span aria-hidden="true" className="size-16" />
            )}
            <button type="button" onClick={() => dispatch({ type: "next" })} className="inline-flex size-14 items-center justify-center rounded-full border border-line">
              <ChevronRight aria-hidden="true" className="size-7" />
              <span className="sr-only">Next step</span>
            </button>
          </div>
          <p className="mt-2 hidden text-center text-sm text-ink-muted sm:block">Keyboard: space pauses, arrows move between steps, Esc closes.</p>
        </div>
      ) : null}
    </div>
  );
}

function SoundPanel({ settings, speechAvailable, onChange }: { settings: SoundSettings; speechAvailable: boolean; onChange: (patch: Partial<SoundSettings>) => void }) {
  const voices = useVoices();
  return (
    <div id="player-sound-settings" className="border-b border-line bg-surface px-4 py-4">
      <fieldset className="mx-auto grid max-w-2xl gap-4 sm:grid-cols-2">
        <legend className="sr-only">Sound settings</legend>
        {speechAvailable ? (
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" checked={settings.voice} onChange={(event) => onChange({ voice: event.target.checked })} className="size-5 accent-moss" />
            Speak each step aloud
          </label>
        ) : null}
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" checked={settings.chime} onChange={(event) => onChange({ chime: event.target.checked })} className="size-5 accent-moss" />
          Chime between steps
        </label>
        {speechAvailable ? (
          <>
            <div className="grid gap-1">
              <label htmlFor="player-voice" className="font-semibold">Voice</label>
              <select id="player-voice" value={settings.voiceURI ?? ""} onChange={(event) => onChange({ voiceURI: event.target.value || null })} className="min-h-11 rounded-xl border border-line bg-linen px-3">
                <option value="">Your device&apos;s usual voice</option>
                {voices.map((voice) => (
                  <option key={voice.voiceURI} value={voice.voiceURI}>
                    {voice.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="grid gap-1">
              <label htmlFor="player-speed" className="font-semibold">Speed</label>
              <select id="player-speed" value={settings.rate} onChange={(event) => onChange({ rate: Number(event.target.value) })} className="min-h-11 rounded-xl border border-line bg-linen px-3">
                {SPEEDS.map((speed) => (
                  <option key={speed.rate} value={speed.rate}>
                    {speed.label}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : (
          <p className="text-sm text-ink-muted">This browser cannot read the steps aloud; the chime still marks each change.</p>
        )}
      </fieldset>
    </div>
  );
}

/** "Start with timer" links in the newsletter point to #timer: the player opens (at the check-in, before any sound). */
function OpenFromLink({ onOpen }: { onOpen: () => void }) {
  useEffect(() => {
    if (window.location.hash !== "#timer") return;
    // Once only: closing the player must not reopen it.
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
    onOpen();
  }, [onOpen]);
  return null;
}
