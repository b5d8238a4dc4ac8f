import { createHmac } from "node:crypto";
import { z } from "zod";
import { DEFAULT_POOL_WAIT_MS, DEFAULT_TIMEOUTS } from "@/db/timeouts";
import { parseTrustProxy, type TrustProxy } from "@/lib/platform/http/trust-proxy";

/**
 * The whole configuration surface of the app. Every variable is optional or has a default so that
 * `npm run dev` works on a fresh clone; README lists each one. Parsing happens once, and a bad
 * environment fails with one message that names every offending variable.
 */

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a URL like postgres://user:password@host:5432/database");

const port = z.coerce
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");

/** "Name <address>" or a bare address, as email From headers take them. */
const mailbox = z
  .string()
  .trim()
  .regex(/^(?:[^<>]+<[^@\s<>]+@[^@\s<>]+>|[^@\s<>]+@[^@\s<>]+)$/, "must be an address or Name <address>");

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const milliseconds = (min: number, max: number) =>
  z.coerce
    .number({ error: "must be a number of milliseconds" })
    .int("must be a whole number of milliseconds")
    .min(min, `must be at least ${min} ms`)
    .max(max, `must be at most ${max} ms`);

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
  EMBEDDED_DATABASE_PORT: z.preprocess(emptyAsUndefined, port.default(54329)),
  EMBEDDED_DATABASE_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/postgres")),
  APP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://coach.example" })
      .default("http://localhost:3000")
      .transform((value) => value.replace(/\/+$/, "")),
  ),
  /**
   * Folder for the coach's uploaded pictures. Relative paths are read from where the process runs;
   * `npm start` passes an absolute one, because the standalone server runs inside .next/standalone.
   */
  UPLOADS_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/uploads")),
  /** Where uploaded pictures live: "postgres" (shared by every instance) or "disk" (UPLOADS_DIR). */
  UPLOADS_STORAGE: z.preprocess(emptyAsUndefined, z.enum(["postgres", "disk"], { error: 'UPLOADS_STORAGE must be "postgres" or "disk".' }).default("postgres")),
  DATABASE_POOL_MAX: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(10)),
  /** How long a request waits for a free pool connection before it is answered 503 + Retry-After. */
  DATABASE_POOL_WAIT_MS: z.preprocess(emptyAsUndefined, milliseconds(100, 60_000).default(DEFAULT_POOL_WAIT_MS)),
  /** Every connection's statement_timeout, lock_timeout and idle_in_transaction_session_timeout. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.preprocess(emptyAsUndefined, milliseconds(100, 3_600_000).default(DEFAULT_TIMEOUTS.statementMs)),
  DATABASE_LOCK_TIMEOUT_MS: z.preprocess(emptyAsUndefined, milliseconds(100, 3_600_000).default(DEFAULT_TIMEOUTS.lockMs)),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.preprocess(emptyAsUndefined, milliseconds(100, 3_600_000).default(DEFAULT_TIMEOUTS.idleInTransactionMs)),
  /** How long a stopping instance lets requests and jobs in flight finish before it exits anyway. */
  SHUTDOWN_TIMEOUT_MS: z.preprocess(emptyAsUndefined, milliseconds(1_000, 600_000).default(30_000)),
  /** Signs session and magic-link tokens. Required in production; dev scripts create one in .data/. */
  AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional()),
  /** Comma-separated addresses that get the admin role when they sign in. */
  ADMIN_EMAILS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .optional()
      .transform((value) =>
        value === undefined
          ? undefined
          : value
              .split(",")
              .map((email) => email.trim().toLowerCase())
              .filter(Boolean),
      )
      .pipe(z.array(z.email("must list email addresses separated by commas")).optional()),
  ),
  EMAIL_FROM: z.preprocess(emptyAsUndefined, mailbox.default("Mira Holloway <hello@example.com>")),
  NEWSLETTER_FROM: z.preprocess(emptyAsUndefined, mailbox.default("Mira Holloway <letters@example.com>")),
  RESEND_API_KEY: z.preprocess(emptyAsUndefined, z.string().startsWith("re_", "must start with re_").optional()),
  RESEND_BASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  /** Other sites (origins) allowed to post to /api/newsletter/subscribe, comma-separated. */
  NEWSLETTER_ALLOWED_ORIGINS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default("")
      .transform((value) => value.split(",").map((origin) => origin.trim().replace(/\/+$/, "")).filter(Boolean))
      .pipe(z.array(z.url({ protocol: /^https?$/, error: "must list origins like https://blog.example, separated by commas" }))),
  ),
  /**
   * `local` turns on the local test checkout on purpose, even in production (load tests, demos);
   * never on a site that sells for real. Unset: Stripe when STRIPE_SECRET_KEY is set, else local
   * outside production only.
   */
  PAYMENTS_PROVIDER: z.preprocess(emptyAsUndefined, z.enum(["stripe", "local"]).optional()),
  /** Turns on real payments through Stripe; without it the local test checkout is used (never in production). */
  STRIPE_SECRET_KEY: z.preprocess(emptyAsUndefined, z.string().regex(/^(sk|rk)_(test|live)_\S+$/, "must be a Stripe secret key (sk_test_… or sk_live_…)").optional()),
  /** Signing secret of the /api/stripe/webhook endpoint; derived from AUTH_SECRET when unset outside production. */
  /** `whsec_…`: the signing secret of the /api/resend/webhook endpoint in Resend. */
  RESEND_WEBHOOK_SECRET: z.preprocess(emptyAsUndefined, z.string().startsWith("whsec_", "must start with whsec_").optional()),
  STRIPE_WEBHOOK_SECRET: z.preprocess(emptyAsUndefined, z.string().startsWith("whsec_", "must start with whsec_").optional()),
  /** Another Stripe API origin (stripe-mock, a recording proxy); Stripe's own when unset. */
  STRIPE_API_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  /**
   * How many proxies in front of the app may be believed about the client's address: `0` (none:
   * the socket's address), a number, or a list of proxy addresses and networks. Rate limits key on it.
   */
  TRUST_PROXY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default("0")
      .transform((value, context): TrustProxy => {
        const parsed = parseTrustProxy(value);
        if ("error" in parsed) {
          context.addIssue({ code: "custom", message: parsed.error });
          return z.NEVER;
        }
        return parsed;
      }),
  ),
  /** How often each of the coach's other calendars is read, in minutes. */
  CALENDAR_SYNC_MINUTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1, "CALENDAR_SYNC_MINUTES must be at least 1.").max(1440).default(5)),
  /** 1 lets calendar addresses point at loopback or private networks (a self-hosted calendar server on the LAN; the tests). */
  CALENDAR_ALLOW_PRIVATE_ADDRESSES: z.preprocess(emptyAsUndefined, z.enum(["0", "1"]).default("0")),
  /** `in-process` runs the job worker inside the web app; `off` when `npm run worker` runs it. */
  JOBS_WORKER: z.preprocess(emptyAsUndefined, z.enum(["in-process", "off"]).default("in-process")),
  /** Set by the end-to-end tests: turns on /dev/mailbox in a production build. */
  E2E: z.preprocess(emptyAsUndefined, z.enum(["0", "1"]).default("0")),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment: ${problems.join("; ")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema
    .superRefine((config, context) => {
      // Payments without a verifiable webhook would take money and never grant the course.
      if (config.NODE_ENV === "production" && config.STRIPE_SECRET_KEY && !config.STRIPE_WEBHOOK_SECRET) {
        context.addIssue({ code: "custom", path: ["STRIPE_WEBHOOK_SECRET"], message: "is required with STRIPE_SECRET_KEY in production" });
      }
      if (config.PAYMENTS_PROVIDER === "stripe" && !config.STRIPE_SECRET_KEY) {
        context.addIssue({ code: "custom", path: ["PAYMENTS_PROVIDER"], message: "is stripe, but STRIPE_SECRET_KEY is not set" });
      }
      if (config.PAYMENTS_PROVIDER === "local" && config.STRIPE_SECRET_KEY) {
        context.addIssue({ code: "custom", path: ["PAYMENTS_PROVIDER"], message: "is local, which would hand out the course for test payments although STRIPE_SECRET_KEY is set" });
      }
    })
    .safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".") || "environment";
    return `${name} ${issue.message}`;
  });
  throw new EnvError(problems);
}

let cached: Env | undefined;

/** The parsed process environment, read once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The seeded coach address: the default admin outside production, so a fresh clone can sign in. */
export const DEMO_ADMIN_EMAIL = "coach@example.com";

export function adminEmails(config: Env = env()): string[] {
  if (config.ADMIN_EMAILS) return config.ADMIN_EMAILS;
  return config.NODE_ENV === "production" && config.E2E !== "1" ? [] : [DEMO_ADMIN_EMAIL];
}

/** Development conveniences (the mailbox page) are on outside production, or in e2e builds. */
export function devToolsEnabled(config: Env = env()): boolean {
  return config.NODE_ENV !== "production" || config.E2E === "1";
}

/**
 * Which payment provider takes money. The local one hands out courses for a click, so it is never
 * used by a production server unless it is the e2e build.
 */
export function paymentMode(config: Env = env()): "stripe" | "local" | "unconfigured" {
  if (config.PAYMENTS_PROVIDER === "local") return "local";
  if (config.STRIPE_SECRET_KEY) return "stripe";
  if (config.PAYMENTS_PROVIDER === "stripe") return "unconfigured";
  return devToolsEnabled(config) ? "local" : "unconfigured";
}

/** The webhook signing secret: Stripe's when set, else one derived from AUTH_SECRET for local use. */
export function stripeWebhookSecret(config: Env = env()): string | undefined {
  if (config.STRIPE_WEBHOOK_SECRET) return config.STRIPE_WEBHOOK_SECRET;
  if (paymentMode(config) !== "local") return undefined;
  return localWebhookSecret(authSecret(config));
}

/**
 * The secret Resend's delivery events are signed with: RESEND_WEBHOOK_SECRET, or where the
 * development tools run (development, e2e) one derived from AUTH_SECRET, so the mailbox can
 * simulate events through the real endpoint. Undefined means the endpoint answers 503.
 */
export function resendWebhookSecret(config: Env = env()): string | undefined {
  if (config.RESEND_WEBHOOK_SECRET) return config.RESEND_WEBHOOK_SECRET;
  if (!devToolsEnabled(config)) return undefined;
  return `whsec_${createHmac("sha256", authSecret(config)).update("resend-webhook").digest("base64")}`;
}

/** The local provider's webhook secret, derived from AUTH_SECRET so every instance agrees on it. */
export function localWebhookSecret(secret: string): string {
  return `whsec_local_${createHmac("sha256", secret).update("stripe-webhook").digest("base64url")}`;
}

/** A URL safe to print: the password is replaced. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "(unparseable URL)";
  }
}

/** The database limits from the environment, in the shape the pools take. */
export function databaseLimits(config: Env = env()) {
  return {
    poolWaitMs: config.DATABASE_POOL_WAIT_MS,
    timeouts: {
      statementMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
      lockMs: config.DATABASE_LOCK_TIMEOUT_MS,
      idleInTransactionMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
  };
}

/**
 * The secret that signs sessions, booking and newsletter links. Production always has its own
 * (start refuses to run without it); only development and tests fall back to a fixed one.
 */
export function authSecret(config: Env = env()): string {
  return config.AUTH_SECRET ?? "development-only-secret";
}
