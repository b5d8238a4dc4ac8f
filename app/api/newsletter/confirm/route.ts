import { services } from "@/lib/composition/web";
import { env } from "@/lib/env";
import { answersWhenUnavailable } from "@/lib/http/unavailable";

/** The link in the confirmation email: single use, 48 hours. */
export const GET = answersWhenUnavailable(async (request: Request) => {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = /^[\w-]{20,100}$/.test(token) ? await (await services()).newsletter.confirm(token) : "invalid";
  return Response.redirect(new URL(`/newsletter/confirmed?result=${result}`, env().APP_URL), 303);
});
