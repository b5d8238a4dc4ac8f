import { expect, test } from "./fixtures";

/**
 * Both instances' APP_URL is the first one's address, http://127.0.0.1:<port>, which Next.js turns
 * into http://localhost:<port> in every request it hands to a route. The second instance is also
 * reached at an address that is not its APP_URL (as an app behind a proxy is), and carries a
 * leftover AUTH_URL naming that address (playwright.config.ts). Whatever the request came to,
 * Auth.js's answers must send the browser to APP_URL and remember APP_URL in its cookie.
 */
const second = `http://127.0.0.1:${process.env.E2E_SECOND_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1}`;

const setCookies = (response: { headersArray(): { name: string; value: string }[] }) =>
  response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie").map((header) => header.value);

function callbackCookie(response: { headersArray(): { name: string; value: string }[] }): string | undefined {
  const line = setCookies(response).find((cookie) => /^(__Secure-)?authjs\.callback-url=/.test(cookie));
  return line === undefined ? undefined : decodeURIComponent(line.slice(line.indexOf("=") + 1).split(";")[0]!);
}

test("a used, expired or made-up sign-in link, and Auth.js's own pages, redirect on APP_URL's origin", async ({ playwright, baseURL }) => {
  const app = new URL(baseURL!).origin;
  for (const instance of [app, second]) {
    const visitor = await playwright.request.newContext({ baseURL: instance });

    // A link whose token was spent, has expired or never existed: the same Verification answer.
    const link = `/api/auth/callback/email?callbackUrl=${encodeURIComponent(`${app}/account`)}&token=${"0".repeat(64)}&email=nobody%40example.com`;
    const spent = await visitor.get(link, { maxRedirects: 0 });
    expect(spent.status(), instance).toBe(302);
    expect(spent.headers()["location"], instance).toBe(`${app}/sign-in/error?error=Verification`);

    // Auth.js's sign-in address sends the browser to our sign-in page, and remembers where to go after.
    const signIn = await visitor.get("/api/auth/signin?callbackUrl=%2Flearn", { maxRedirects: 0 });
    expect(signIn.status(), instance).toBe(302);
    expect(signIn.headers()["location"], instance).toBe(`${app}/sign-in?callbackUrl=${encodeURIComponent(`${app}/learn`)}`);
    expect(callbackCookie(signIn), instance).toBe(`${app}/learn`);

    // Its error and check-email addresses too.
    for (const [path, target] of [["/api/auth/error?error=Verification", "/sign-in/error?error=Verification"], ["/api/auth/verify-request", "/sign-in/check-email"]] as const) {
      const answer = await visitor.get(path, { maxRedirects: 0 });
      expect(answer.status(), `${instance}${path}`).toBe(302);
      expect(answer.headers()["location"], `${instance}${path}`).toBe(`${app}${target}`);
    }
    await visitor.dispose();

    // A browser that holds no callback-url cookie and names no page gets the site's own origin in it.
    const newcomer = await playwright.request.newContext({ baseURL: instance });
    expect(callbackCookie(await newcomer.get("/api/auth/csrf")), instance).toBe(app);
    await newcomer.dispose();
  }
});
