import { isDatabaseUnavailable, retryAfterSeconds } from "@/db/errors";
import { loggableError, logger } from "@/lib/platform/log";

/** What a person reads when the database cannot take their request right now. */
export const BUSY_MESSAGE = "The site is very busy right now and could not save this. Nothing was changed; please try again in a few seconds.";

export function unavailableResponse(error: unknown): Response {
  return Response.json(
    { error: BUSY_MESSAGE },
    { status: 503, headers: { "Retry-After": String(retryAfterSeconds(error)), "Cache-Control": "no-store" } },
  );
}

/**
 * Wraps a route handler: when the database is saturated or away, the answer is 503 with
 * Retry-After and a sentence, never a hang and never a 500. Other errors pass through.
 */
export function answersWhenUnavailable<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      logger.warn({ err: loggableError(error) }, "database unavailable; answered 503");
      return unavailableResponse(error);
    }
  };
}
