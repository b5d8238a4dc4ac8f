import { NextRequest } from "next/server";

/**
 * APP_URL is Auth.js's base, whatever address a request came to and whatever AUTH_URL an operator
 * left in the environment (Auth.js's own guides suggest one, often http://localhost:3000): links,
 * callback URLs, the callback-url cookie and error redirects are built from it.
 */
export function authUrlFor(appUrl: string): string {
  return `${appUrl.replace(/\/+$/, "")}/api/auth`;
}

const CALLBACK_COOKIE = /^(?:__Secure-)?authjs\.callback-url$/;

/**
 * Puts every redirect and callback-url cookie of an Auth.js answer on APP_URL's origin. Two ways
 * they leave it: Auth.js answers some redirects with a path only (to our sign-in, error and
 * check-email pages), which a browser resolves against whatever address it asked; and Next.js
 * rewrites a loopback host in every NextRequest's URL to `localhost` (next/dist/server/web/next-url),
 * so with APP_URL http://127.0.0.1:3100 Auth.js sees http://localhost:3100 and builds its error
 * redirects and its default callback URL on that. Rewriting the request first cannot help: Auth.js's
 * handlers wrap it in a new NextRequest, which normalizes it again.
 */
export function redirectOnAppOrigin(response: Response, appUrl: string): Response {
  const app = new URL(appUrl).origin;
  // The origin Auth.js saw: APP_URL's, as Next.js normalizes it.
  const seen = new NextRequest(appUrl).nextUrl.origin;
  const onApp = (value: string): string => {
    if (value.startsWith("/") && !value.startsWith("//")) return `${app}${value}`;
    if (seen === app || !URL.canParse(value)) return value;
    // Auth.js's default callback URL is the bare origin, without a trailing slash.
    if (value === seen) return app;
    const url = new URL(value);
    return url.origin === seen ? `${app}${url.pathname}${url.search}${url.hash}` : value;
  };

  const location = response.headers.get("location");
  const cookies = response.headers.getSetCookie();
  const movedCookies = cookies.map((line) => {
    const [pair = "", ...attributes] = line.split(";");
    const equals = pair.indexOf("=");
    if (equals < 0 || !CALLBACK_COOKIE.test(pair.slice(0, equals).trim())) return line;
    const value = onApp(decodeURIComponent(pair.slice(equals + 1)));
    return [`${pair.slice(0, equals)}=${encodeURIComponent(value)}`, ...attributes].join(";");
  });
  const movedLocation = location === null ? null : onApp(location);
  if (movedLocation === location && movedCookies.every((line, index) => line === cookies[index])) return response;

  // A copy: Response.redirect's headers cannot be changed in place.
  const headers = new Headers(response.headers);
  if (movedLocation !== null) headers.set("location", movedLocation);
  headers.delete("set-cookie");
  for (const line of movedCookies) headers.append("set-cookie", line);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
