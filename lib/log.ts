import { randomUUID } from "node:crypto";
import pino from "pino";

/**
 * Structured logs: one JSON object per line on stdout, which every container platform collects.
 * LOG_LEVEL (default "info"; "silent" in tests) sets how much is written.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
  base: { service: "coach" },
  timestamp: pino.stdTimeFunctions.isoTime,
});

/**
 * A logger for one request: the proxy's `X-Request-Id` (nginx: `proxy_set_header X-Request-Id
 * $request_id`) when there is one, so app lines join the proxy's access log; otherwise a fresh id.
 */
export function requestLogger(headers: { get(name: string): string | null } | Record<string, string | string[] | undefined>) {
  const value = typeof headers.get === "function" ? (headers as { get(name: string): string | null }).get("x-request-id") : (headers as Record<string, string | string[] | undefined>)["x-request-id"];
  const requestId = (Array.isArray(value) ? value[0] : value)?.slice(0, 100) || randomUUID();
  return logger.child({ requestId });
}
