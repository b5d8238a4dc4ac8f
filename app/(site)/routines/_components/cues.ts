/**
 * A soft two-note chime made with Web Audio (no sound files to download), and a screen wake lock
 * so a phone does not go dark in the middle of a step.
 */
let context: AudioContext | null = null;

export function playChime() {
  try {
    const AudioContextClass = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!AudioContextClass) return;
    context ??= new AudioContextClass();
    const now = context.currentTime;
    for (const [offset, frequency] of [
      [0, 660],
      [0.18, 880],
    ] as const) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = "sine";
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, now + offset);
      gain.gain.exponentialRampToValueAtTime(0.18, now + offset + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.6);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(now + offset);
      oscillator.stop(now + offset + 0.65);
    }
  } catch {
    // Audio is a nicety; never let it break the routine.
  }
}

type WakeLockHandle = { release(): Promise<void> };

export async function requestWakeLock(): Promise<WakeLockHandle | null> {
  try {
    const wakeLock = (navigator as unknown as { wakeLock?: { request(type: "screen"): Promise<WakeLockHandle> } }).wakeLock;
    return wakeLock ? await wakeLock.request("screen") : null;
  } catch {
    return null;
  }
}
