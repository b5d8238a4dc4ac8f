/**
 * Drip: a part of the course may open some days after a learner's access began, or on a date.
 * Pure, with `now` passed in; the learning service, the curriculum and the notice job all ask here.
 */
export interface DripRule {
  opensAfterDays: number | null;
  opensAt: Date | null;
}

const DAY_MS = 86_400_000;

/** When the part opens for someone whose access began at `grantedAt`; null when it is never held back. */
export function partOpensAt(rule: DripRule, grantedAt: Date): Date | null {
  if (rule.opensAt) return rule.opensAt;
  if (rule.opensAfterDays) return new Date(grantedAt.getTime() + rule.opensAfterDays * DAY_MS);
  return null;
}

/**
 * The moment a locked part opens for this viewer, or null when it is open to them now. The coach
 * sees every part; visitors without access meet the sign-in or buy gate before any date matters.
 */
export function lockedUntil(rule: DripRule, access: { grantedAt: Date } | null, now: Date, { isAdmin = false } = {}): Date | null {
  if (isAdmin || !access) return null;
  const opensAt = partOpensAt(rule, access.grantedAt);
  return opensAt && opensAt.getTime() > now.getTime() ? opensAt : null;
}
