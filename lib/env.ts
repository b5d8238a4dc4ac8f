import { z } from "zod";

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

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

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
  DATABASE_POOL_MAX: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(10)),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment: ${problems.join("; ")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
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
