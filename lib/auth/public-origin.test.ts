import { describe, expect, it } from "vitest";
import { authUrlFor, redirectOnAppOrigin } from "./public-origin";

const redirect = (location: string, ...cookies: string[]) => {
  const headers = new Headers({ location });
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response(null, { status: 302, headers });
};

describe("Auth.js on APP_URL's origin", () => {
  it("bases Auth.js on APP_URL", () => {
    expect(authUrlFor("https://coach.example")).toBe("https://coach.example/api/auth");
    expect(authUrlFor("https://coach.example/")).toBe("https://coach.example/api/auth");
  });

  it("puts a redirect to a path on APP_URL's origin and keeps every cookie", () => {
    const answer = redirectOnAppOrigin(
      redirect("/sign-in?callbackUrl=https%3A%2F%2Fcoach.example%2Faccount", "authjs.csrf-token=a; Path=/; HttpOnly", "__Secure-authjs.callback-url=https%3A%2F%2Fcoach.example%2Faccount; Path=/; HttpOnly; Secure"),
      "https://coach.example",
    );
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe("https://coach.example/sign-in?callbackUrl=https%3A%2F%2Fcoach.example%2Faccount");
    expect(answer.headers.getSetCookie()).toEqual(["authjs.csrf-token=a; Path=/; HttpOnly", "__Secure-authjs.callback-url=https%3A%2F%2Fcoach.example%2Faccount; Path=/; HttpOnly; Secure"]);
  });

  it("moves what Next.js's localhost normalization put on http://localhost back onto a loopback APP_URL", () => {
    const answer = redirectOnAppOrigin(
      redirect("http://localhost:3100/sign-in/error?error=Verification", "authjs.callback-url=http%3A%2F%2Flocalhost%3A3100; Path=/; HttpOnly; SameSite=Lax"),
      "http://127.0.0.1:3100",
    );
    expect(answer.headers.get("location")).toBe("http://127.0.0.1:3100/sign-in/error?error=Verification");
    expect(answer.headers.getSetCookie()).toEqual(["authjs.callback-url=http%3A%2F%2F127.0.0.1%3A3100; Path=/; HttpOnly; SameSite=Lax"]);
  });

  it("leaves other origins, protocol-relative redirects and other answers alone", () => {
    const absolute = Response.redirect("https://coach.example/sign-in/error?error=Verification", 302);
    expect(redirectOnAppOrigin(absolute, "https://coach.example")).toBe(absolute);
    // Another port on localhost is another site.
    expect(redirectOnAppOrigin(redirect("http://localhost:3200/x"), "http://127.0.0.1:3100").headers.get("location")).toBe("http://localhost:3200/x");
    expect(redirectOnAppOrigin(redirect("//elsewhere.example/x"), "https://coach.example").headers.get("location")).toBe("//elsewhere.example/x");
    const page = new Response("<html></html>", { status: 200 });
    expect(redirectOnAppOrigin(page, "https://coach.example")).toBe(page);
  });
});
