import type { CheckInInput } from "@/lib/check-ins/schema";

/**
 * Check-ins that could not reach an account yet stay in this browser: a visitor's until they sign
 * in, and anyone's made offline until the network is back. The server ignores a check-in it already
 * has (same person, routine and finishing time), so sending one twice is harmless.
 */
const KEY = "coach.pendingCheckIns";
export const SYNCED_EVENT = "coach:check-ins-synced";

export function readPendingCheckIns(): CheckInInput[] {
  try {
    const value = JSON.parse(window.localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(value) ? value.slice(-50) : [];
  } catch {
    return [];
  }
}

export function addPendingCheckIn(checkIn: CheckInInput) {
  try {
    window.localStorage.setItem(KEY, JSON.stringify([...readPendingCheckIns(), checkIn].slice(-50)));
  } catch {
    // Private mode or a full disk: the check-in is simply not kept.
  }
}

const sameCheckIn = (a: CheckInInput, b: CheckInInput) => a.routineSlug === b.routineSlug && a.completedAt === b.completedAt;

/** Removes exactly the check-ins that were sent: one finished meanwhile in another tab stays. */
export function removePendingCheckIns(sent: readonly CheckInInput[]) {
  try {
    const left = readPendingCheckIns().filter((pending) => !sent.some((done) => sameCheckIn(pending, done)));
    if (left.length) window.localStorage.setItem(KEY, JSON.stringify(left));
    else window.localStorage.removeItem(KEY);
  } catch {}
}

type SessionState = "signed-in" | "visitor" | "offline";

/** Auth.js answers its session endpoint with `null` for visitors who are not signed in. */
async function sessionState(): Promise<SessionState> {
  if (typeof navigator !== "undefined" && navigator.onLine === false) return "offline";
  try {
    const response = await fetch("/api/auth/session", { cache: "no-store" });
    const session = (await response.json()) as { user?: unknown } | null;
    return session?.user ? "signed-in" : "visitor";
  } catch {
    return "offline";
  }
}

/**
 * Sends check-ins to the account. "unauthorized" means: keep them here and offer to sign in;
 * "offline": keep them here and send them when the network is back. The session is asked first,
 * so a visitor's browser never logs a failed request.
 */
export async function sendCheckIns(checkIns: CheckInInput[]): Promise<"saved" | "unauthorized" | "offline" | "failed"> {
  const state = await sessionState();
  if (state !== "signed-in") return state === "visitor" ? "unauthorized" : "offline";
  try {
    const response = await fetch("/api/check-ins", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ checkIns }),
    });
    if (response.status === 401) return "unauthorized";
    return response.ok ? "saved" : "failed";
  } catch {
    return "offline";
  }
}

let syncing: Promise<number> | null = null;

/** Sends what this browser holds, if anything and if someone is signed in; resolves to how many went. */
export function syncPendingCheckIns(): Promise<number> {
  syncing ??= (async () => {
    const pending = readPendingCheckIns();
    if (pending.length === 0) return 0;
    if ((await sendCheckIns(pending)) !== "saved") return 0;
    removePendingCheckIns(pending);
    window.dispatchEvent(new CustomEvent(SYNCED_EVENT, { detail: pending.length }));
    return pending.length;
  })().finally(() => {
    syncing = null;
  });
  return syncing;
}
