import { randomUUID } from "node:crypto";
import pino from "pino";

/**
 * Structured logs: one JSON object per line on stdout, which every container platform collects.
 * LOG_LEVEL (default "info"; "silent" in tests) sets how much is written.
 *
 * Logs never carry what people typed: fields named like personal data are redacted, query
 * strings are dropped from paths, a database error keeps its query but not its parameters, and
 * every string is cut to a length a log line can afford.
 */
const MAX_STRING = 1_000;

const PERSONAL_KEYS = ["email", "firstName", "visitorName", "answers", "token", "password", "authorization", "cookie", "to", "toAddress", "reason", "notes"];

function cap(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}… (${value.length - MAX_STRING} more characters)` : value;
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => cap(item, depth + 1));
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, cap(item, depth + 1)]));
}

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
  base: { service: "coach" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: [...PERSONAL_KEYS, ...PERSONAL_KEYS.map((key) => `*.${key}`)], censor: "[redacted]" },
  formatters: { log: (object) => cap(object) as Record<string, unknown> },
});

/** A path as it may be logged: no query string, which can carry addresses, names and tokens. */
export function loggablePath(path: string): string {
  return path.split("?")[0]!.slice(0, 300);
}

/**
 * An error as it may be logged. Drizzle puts every parameter of a failed query into its message
 * ("params: sam@example.com,Sam,…"); only the statement is kept. Stacks are cut to ten frames.
 */
export function loggableError(error: unknown) {
  const failure = (error ?? {}) as { message?: unknown; name?: unknown; code?: unknown; digest?: unknown; stack?: unknown; cause?: unknown };
  const withoutParams = (text: string) => text.replace(/\nparams:[\s\S]*$/, "").replace(/params: .*/g, "params: [redacted]");
  const message = withoutParams(String(failure.message ?? error)).slice(0, 500);
  const cause = failure.cause as { code?: unknown; message?: unknown } | undefined;
  return {
    name: typeof failure.name === "string" ? failure.name : undefined,
    message,
    code: typeof failure.code === "string" ? failure.code : typeof cause?.code === "string" ? cause.code : undefined,
    digest: typeof failure.digest === "string" ? failure.digest : undefined,
    stack: typeof failure.stack === "string" ? withoutParams(failure.stack).split("\n").slice(0, 11).join("\n") : undefined,
  };
}

/**
 * A logger for one request: the proxy's `X-Request-Id` (nginx: `proxy_set_header X-Request-Id
 * $request_id`) when there is one, so app lines join the proxy's access log; otherwise a fresh id.
 */
export function requestLogger(headers: { get(name: string): string | null } | Record<string, string | string[] | undefined>) {
  const value = typeof headers.get === "function" ? (headers as { get(name: string): string | null }).get("x-request-id") : (headers as Record<string, string | string[] | undefined>)["x-request-id"];
  const requestId = (Array.isArray(value) ? value[0] : value)?.replace(/[^\w.-]/g, "").slice(0, 100) || randomUUID();
  return logger.child({ requestId });
}
