import { env } from "@/lib/env";
import { getNewsletterService } from "@/lib/runtime";

/** The link in the confirmation email: single use, 48 hours. */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = token.length >= 20 && token.length <= 100 ? await (await getNewsletterService()).confirm(token) : "invalid";
  return Response.redirect(new URL(`/newsletter/confirmed?result=${result}`, env().APP_URL), 303);
}
