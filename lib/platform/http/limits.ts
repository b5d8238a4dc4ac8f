import { retryAfterMessage } from "@/lib/platform/rate-limit/limits";
import type { RateLimitResult } from "@/lib/platform/rate-limit/limiter";

/** 429 with Retry-After and a sentence that starts with what happened. */
export function tooManyRequests(limit: Extract<RateLimitResult, { ok: false }>, what: string, headers: Record<string, string> = {}): Response {
  return Response.json(
    { error: `${what} ${retryAfterMessage(limit.retryAfterMs)}` },
    { status: 429, headers: { "Retry-After": String(Math.ceil(limit.retryAfterMs / 1000)), ...headers } },
  );
}
