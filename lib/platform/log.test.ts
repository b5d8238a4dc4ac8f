import { describe, expect, it } from "vitest";
import { loggableError, loggablePath } from "./log";

describe("what reaches the logs", () => {
  it("drops the query string from a path", () => {
    expect(loggablePath("/api/newsletter/confirm?token=secret&email=sam@example.com")).toBe("/api/newsletter/confirm");
  });

  it("keeps a failed query's statement but never its parameters, and caps the message", () => {
    const error = Object.assign(new Error(`Failed query: insert into "bookings" ("name", "email") values ($1, $2)\nparams: Sam Reader,sam@example.com,${"answer ".repeat(200_000)}`), {
      name: "DrizzleQueryError",
      cause: { code: "23505" },
    });
    const logged = loggableError(error);
    expect(logged.message).toBe('Failed query: insert into "bookings" ("name", "email") values ($1, $2)');
    expect(JSON.stringify(logged)).not.toContain("sam@example.com");
    expect(JSON.stringify(logged).length).toBeLessThan(5_000);
    expect(logged.code).toBe("23505");
  });
});
