import type { CheckInInput } from "@/lib/check-ins/schema";

/** Check-ins of people who are not signed in stay in this browser until they are. */
const KEY = "coach.pendingCheckIns";

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

export function clearPendingCheckIns() {
  try {
    window.localStorage.removeItem(KEY);
  } catch {}
}

/** Auth.js answers its session endpoint with `null` for visitors who are not signed in. */
async function isSignedIn(): Promise<boolean> {
  try {
    const response = await fetch("/api/auth/session", { cache: "no-store" });
    const session = (await response.json()) as { user?: unknown } | null;
    return Boolean(session?.user);
  } catch {
    return false;
  }
}

/**
 * Sends check-ins to the account. "unauthorized" means: keep them here and offer to sign in.
 * The session is asked first, so a visitor's browser never logs a failed request.
 */
export async function sendCheckIns(checkIns: CheckInInput[]): Promise<"saved" | "unauthorized" | "failed"> {
  if (!(await isSignedIn())) return "unauthorized";
  try {
    const response = await fetch("/api/check-ins", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ checkIns }),
    });
    if (response.status === 401) return "unauthorized";
    return response.ok ? "saved" : "failed";
  } catch {
    return "failed";
  }
}
