/**
 * When to try a failed delivery again. Pure: the outbox row's attempt count and the provider's
 * answer go in, a decision comes out.
 */

export interface RetryPolicy {
  maxAttempts: number;
  /** Delay after the first failure; doubles after each further one. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseDelaySeconds: 30, maxDelaySeconds: 3600 };

export interface DeliveryFailure {
  message: string;
  /** The provider said when to come back (HTTP 429 retry-after), in seconds. */
  retryAfterSeconds?: number;
  /** Retrying cannot help, e.g. the provider rejected the address or our API key. */
  permanent?: boolean;
}

export type RetryDecision = { kind: "retry"; delaySeconds: number } | { kind: "give-up" };

export function decideRetry(attempts: number, failure: DeliveryFailure, policy: RetryPolicy = DEFAULT_RETRY_POLICY): RetryDecision {
  if (failure.permanent || attempts >= policy.maxAttempts) return { kind: "give-up" };
  if (failure.retryAfterSeconds !== undefined && failure.retryAfterSeconds >= 0) {
    return { kind: "retry", delaySeconds: Math.min(Math.ceil(failure.retryAfterSeconds), policy.maxDelaySeconds) };
  }
  const delay = policy.baseDelaySeconds * 2 ** Math.max(0, attempts - 1);
  return { kind: "retry", delaySeconds: Math.min(delay, policy.maxDelaySeconds) };
}

/** Reads a `retry-after` header: delta seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}
