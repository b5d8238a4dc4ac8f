/** Reflection drafts kept on the device are per person (a shared computer) and are forgotten on sign-out. */
export const DRAFT_PREFIX = "reflection:";

export function forgetReflectionDrafts() {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_PREFIX)) localStorage.removeItem(key);
  } catch {
    // Storage switched off: there is nothing kept to forget.
  }
}
