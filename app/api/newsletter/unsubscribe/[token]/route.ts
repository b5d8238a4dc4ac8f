import { env } from "@/lib/env";
import { getNewsletterService } from "@/lib/runtime";

/**
 * Unsubscribes. Mail providers send `List-Unsubscribe=One-Click` here without cookies (RFC 8058)
 * and get a plain 200; the button on our own page gets a redirect to a friendly page.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/newsletter/unsubscribe/[token]">) {
  const { token } = await params;
  const form = await request.formData().catch(() => null);
  const oneClick = form?.get("List-Unsubscribe") === "One-Click";
  const done = await (await getNewsletterService()).unsubscribe(token);
  if (oneClick) return new Response(done ? "Unsubscribed." : "Unknown link.", { status: done ? 200 : 404 });
  return Response.redirect(new URL(done ? "/newsletter/unsubscribed" : "/newsletter/unsubscribed?unknown=1", env().APP_URL), 303);
}
