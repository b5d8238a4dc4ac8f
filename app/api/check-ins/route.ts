import { currentUser } from "@/app/_auth/guards";
import { checkInRequestSchema } from "@/lib/check-ins/schema";
import { getRateLimiter, services } from "@/lib/composition/web";
import { env } from "@/lib/platform/env";
import { parseJsonBody } from "@/lib/platform/http/json";
import { tooManyRequests } from "@/lib/platform/http/limits";
import { foreignOriginResponse, isForeignOrigin } from "@/lib/platform/http/origin";
import { answersWhenUnavailable } from "@/lib/platform/http/unavailable";

/** Saves before/after check-ins for the signed-in person; 401 tells the player to keep them locally. */
export const POST = answersWhenUnavailable(async (request: Request) => {
  if (isForeignOrigin(request.headers.get("origin"), env().APP_URL)) return foreignOriginResponse();
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to keep your check-ins." }, { status: 401 });
  const parsed = await parseJsonBody(request, checkInRequestSchema);
  if (!parsed.ok) return parsed.response;
  const limit = await getRateLimiter().consume("checkInsPerUser", user.id);
  if (!limit.ok) return tooManyRequests(limit, "Too many check-ins in a short while.");
  const result = await (await services()).checkIns.save(user.id, parsed.data.checkIns, new Date());
  if (!result.ok) return Response.json({ error: result.error }, { status: 422 });
  return Response.json({ saved: result.saved }, { status: 201 });
});
