import { services } from "@/lib/composition/web";
import { env } from "@/lib/platform/env";
import { readBoundedText } from "@/lib/platform/http/json";
import { answersWhenUnavailable } from "@/lib/platform/http/unavailable";
import { readerCookie } from "@/lib/newsletter/reader-cookie";

/**
 * Mail programs without one-click open the List-Unsubscribe address in a browser, and link
 * scanners fetch it: a GET only sends them to the preferences page on APP_URL, which names the
 * address and leaves through its button (a form POST back here). Nothing changes on a GET.
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/newsletter/unsubscribe/[token]">) {
  const { token } = await params;
  const location = new URL(`/newsletter/preferences/${encodeURIComponent(token)}`, env().APP_URL).toString();
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}

/**
 * Unsubscribes. Mail providers send `List-Unsubscribe=One-Click` here without cookies (RFC 8058)
 * and get a plain 200; the button on our own page gets a redirect to a friendly page.
 */
export const POST = answersWhenUnavailable(async (request: Request, { params }: RouteContext<"/api/newsletter/unsubscribe/[token]">) => {
  const { token } = await params;
  const body = await readBoundedText(request, 4 * 1024);
  if (!body.ok) return body.response;
  const oneClick = new URLSearchParams(body.text).get("List-Unsubscribe") === "One-Click" || /List-Unsubscribe[\s\S]*One-Click/.test(body.text);
  const done = token.length <= 200 && (await (await services()).newsletter.unsubscribe(token));
  if (oneClick) return new Response(done ? "Unsubscribed." : "Unknown link.", { status: done ? 200 : 404 });
  const headers = new Headers({ location: new URL(done ? "/newsletter/unsubscribed" : "/newsletter/unsubscribed?unknown=1", env().APP_URL).toString() });
  // This browser's footer asks again: its reader just left.
  if (done) headers.append("set-cookie", readerCookie(false));
  return new Response(null, { status: 303, headers });
});
