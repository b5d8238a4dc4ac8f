import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, redactUrl } from "./env";

describe("parseEnv", () => {
  it("has a default for everything, so a fresh clone starts", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.EMBEDDED_DATABASE_PORT).toBe(54329);
    expect(env.EMBEDDED_DATABASE_DIR).toBe(".data/postgres");
    expect(env.APP_URL).toBe("http://localhost:3000");
  });

  it("accepts postgres and postgresql URLs", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/app" }).DATABASE_URL).toBe("postgres://u:p@db:5432/app");
    expect(parseEnv({ DATABASE_URL: "postgresql://db/app" }).DATABASE_URL).toBe("postgresql://db/app");
  });

  it("treats an empty value as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("trims a trailing slash from APP_URL", () => {
    expect(parseEnv({ APP_URL: "https://coach.example/" }).APP_URL).toBe("https://coach.example");
  });

  it("lists every bad variable in one error", () => {
    const attempt = () =>
      parseEnv({ DATABASE_URL: "mysql://db/app", EMBEDDED_DATABASE_PORT: "99999", APP_URL: "ftp://x" });
    expect(attempt).toThrow(EnvError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as EnvError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.join("\n")).toMatch(/DATABASE_URL must be a URL like postgres:\/\//);
      expect(problems.join("\n")).toMatch(/EMBEDDED_DATABASE_PORT must be between 1 and 65535/);
      expect(problems.join("\n")).toMatch(/APP_URL must be an http\(s\) URL/);
    }
  });

  it("rejects a URL that is not a URL at all", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
  });
});

describe("redactUrl", () => {
  it("hides the password", () => {
    expect(redactUrl("postgres://user:secret@db:5432/app")).toBe("postgres://user:***@db:5432/app");
  });
  it("never echoes an unparseable value", () => {
    expect(redactUrl("::secret::")).toBe("(unparseable URL)");
  });
});

describe("email and auth settings", () => {
  it("splits and lower-cases ADMIN_EMAILS", () => {
    expect(parseEnv({ ADMIN_EMAILS: " Coach@Example.com, helper@example.com ,," }).ADMIN_EMAILS).toEqual([
      "coach@example.com",
      "helper@example.com",
    ]);
  });

  it("refuses an ADMIN_EMAILS entry that is not an address", () => {
    expect(() => parseEnv({ ADMIN_EMAILS: "coach@example.com, nope" })).toThrow(/ADMIN_EMAILS/);
  });

  it("makes the seeded coach the admin outside production only", async () => {
    const { adminEmails } = await import("./env");
    expect(adminEmails(parseEnv({ NODE_ENV: "development" }))).toEqual(["coach@example.com"]);
    expect(adminEmails(parseEnv({ NODE_ENV: "production" }))).toEqual([]);
    expect(adminEmails(parseEnv({ NODE_ENV: "production", ADMIN_EMAILS: "me@example.com" }))).toEqual(["me@example.com"]);
  });

  it("accepts From addresses with or without a display name", () => {
    expect(parseEnv({ EMAIL_FROM: "Mira <mira@example.com>" }).EMAIL_FROM).toBe("Mira <mira@example.com>");
    expect(parseEnv({ NEWSLETTER_FROM: "letters@example.com" }).NEWSLETTER_FROM).toBe("letters@example.com");
    expect(() => parseEnv({ EMAIL_FROM: "Mira" })).toThrow(/EMAIL_FROM/);
  });

  it("wants a long AUTH_SECRET and a real Resend key", () => {
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET must be at least 32/);
    expect(() => parseEnv({ RESEND_API_KEY: "sk_live_x" })).toThrow(/RESEND_API_KEY must start with re_/);
  });
});

describe("payment configuration", () => {
  it("uses Stripe with a key, the local checkout outside production, and nothing in production without one", async () => {
    const { paymentMode, stripeWebhookSecret } = await import("./env");
    const dev = parseEnv({ NODE_ENV: "development", AUTH_SECRET: "a".repeat(32) });
    expect(paymentMode(dev)).toBe("local");
    expect(stripeWebhookSecret(dev)).toMatch(/^whsec_local_/);
    const prod = parseEnv({ NODE_ENV: "production" });
    expect(paymentMode(prod)).toBe("unconfigured");
    expect(stripeWebhookSecret(prod)).toBeUndefined();
    expect(paymentMode(parseEnv({ NODE_ENV: "production", E2E: "1" }))).toBe("local");
    const live = parseEnv({ NODE_ENV: "production", STRIPE_SECRET_KEY: "sk_live_abc", STRIPE_WEBHOOK_SECRET: "whsec_abc" });
    expect(paymentMode(live)).toBe("stripe");
    expect(stripeWebhookSecret(live)).toBe("whsec_abc");
  });

  it("refuses a Stripe key without a webhook secret in production, and malformed keys", () => {
    expect(() => parseEnv({ NODE_ENV: "production", STRIPE_SECRET_KEY: "sk_live_abc" })).toThrow(/STRIPE_WEBHOOK_SECRET is required/);
    expect(() => parseEnv({ STRIPE_SECRET_KEY: "pk_test_abc" })).toThrow(/STRIPE_SECRET_KEY must be a Stripe secret key/);
    expect(() => parseEnv({ STRIPE_WEBHOOK_SECRET: "abc" })).toThrow(/STRIPE_WEBHOOK_SECRET must start with whsec_/);
  });
});
