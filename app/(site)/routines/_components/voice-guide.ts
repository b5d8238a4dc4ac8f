"use client";

import { useEffect, useState } from "react";

/**
 * The browser's own speech synthesis: no audio files, nothing sent anywhere, and silent (never an
 * error) where a browser cannot speak. Settings live on the device, like the check-ins kept there.
 */
export interface SoundSettings {
  voice: boolean;
  /** A voice's `voiceURI`; null means the browser's default for the page language. */
  voiceURI: string | null;
  rate: number;
  chime: boolean;
}

const SETTINGS_KEY = "coach.playerSound";
/** Where the chime's on/off lived before the player spoke; read once so nobody's choice is lost. */
const OLD_MUTE_KEY = "coach.playerMuted";

export const SPEEDS = [
  { rate: 0.85, label: "Slower" },
  { rate: 1, label: "Normal" },
  { rate: 1.15, label: "Faster" },
] as const;

export function readSoundSettings(): SoundSettings {
  const defaults: SoundSettings = { voice: true, voiceURI: null, rate: 1, chime: window.localStorage.getItem(OLD_MUTE_KEY) !== "1" };
  try {
    const stored = JSON.parse(window.localStorage.getItem(SETTINGS_KEY) ?? "null") as Partial<SoundSettings> | null;
    if (!stored || typeof stored !== "object") return defaults;
    return {
      voice: typeof stored.voice === "boolean" ? stored.voice : defaults.voice,
      voiceURI: typeof stored.voiceURI === "string" ? stored.voiceURI : null,
      rate: SPEEDS.some((speed) => speed.rate === stored.rate) ? stored.rate! : defaults.rate,
      chime: typeof stored.chime === "boolean" ? stored.chime : defaults.chime,
    };
  } catch {
    return defaults;
  }
}

export function saveSoundSettings(settings: SoundSettings) {
  try {
    window.localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Private mode or a full store: the setting holds for this visit only.
  }
}

function synth(): SpeechSynthesis | null {
  if (typeof window === "undefined" || !("speechSynthesis" in window) || typeof window.SpeechSynthesisUtterance !== "function") return null;
  return window.speechSynthesis;
}

export const canSpeak = () => synth() !== null;

/** Voices for the page's language, the browser's default first. */
export function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  useEffect(() => {
    const engine = synth();
    if (!engine) return;
    const language = (document.documentElement.lang || "en").slice(0, 2).toLowerCase();
    const load = () => {
      try {
        setVoices(
          engine
            .getVoices()
            .filter((voice) => voice.lang.toLowerCase().startsWith(language))
            .sort((a, b) => Number(b.default) - Number(a.default) || a.name.localeCompare(b.name)),
        );
      } catch {
        setVoices([]);
      }
    };
    load();
    engine.addEventListener?.("voiceschanged", load);
    return () => engine.removeEventListener?.("voiceschanged", load);
  }, []);
  return voices;
}

export function speak(lines: readonly string[], settings: SoundSettings, { interrupt }: { interrupt: boolean }) {
  const engine = synth();
  if (!engine) return;
  try {
    if (interrupt) engine.cancel();
    const voice = settings.voiceURI ? engine.getVoices().find((candidate) => candidate.voiceURI === settings.voiceURI) : undefined;
    for (const line of lines) {
      const utterance = new SpeechSynthesisUtterance(line);
      utterance.lang = document.documentElement.lang || "en";
      utterance.rate = settings.rate;
      if (voice) utterance.voice = voice;
      engine.speak(utterance);
    }
  } catch {
    // Speech is a help, never a reason for the routine to stop.
  }
}

export function hush() {
  try {
    synth()?.cancel();
  } catch {
    // Nothing to stop.
  }
}

/**
 * Some phones (iOS Safari) only let a page speak after speech started inside a tap. "Begin" calls
 * this in its click handler so the first instruction, said a moment later, is allowed.
 */
export function unlockSpeech() {
  const engine = synth();
  if (!engine) return;
  try {
    const silent = new SpeechSynthesisUtterance("");
    silent.volume = 0;
    engine.speak(silent);
  } catch {
    // Unlocking is best effort.
  }
}
