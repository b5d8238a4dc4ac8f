import { services } from "@/lib/composition/web";
import { env } from "@/lib/platform/env";
import { answersWhenUnavailable } from "@/lib/platform/http/unavailable";
import { readerCookie } from "@/lib/newsletter/reader-cookie";

/** The link in the confirmation email: confirms within 48 hours; opened again, it says the reader is on the list. */
export const GET = answersWhenUnavailable(async (request: Request) => {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = /^[\w-]{20,100}$/.test(token) ? await (await services()).newsletter.confirm(token) : "invalid";
  const location = new URL(`/newsletter/confirmed?result=${result}`, env().APP_URL).toString();
  const headers = new Headers({ location });
  if (result === "confirmed" || result === "already-confirmed") headers.append("set-cookie", readerCookie(true));
  return new Response(null, { status: 303, headers });
});
