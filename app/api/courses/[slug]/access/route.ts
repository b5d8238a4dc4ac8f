import { currentUser } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { answersWhenUnavailable } from "@/lib/platform/http/unavailable";

/** Whether the signed-in person can already open this course; personal, so never cached. */
export const GET = answersWhenUnavailable(async (_request: Request, { params }: RouteContext<"/api/courses/[slug]/access">) => {
  const { slug } = await params;
  const user = await currentUser();
  const headers = { "Cache-Control": "private, no-store" };
  if (!user) return Response.json({ enrolled: false }, { headers });
  const mine = (await (await services()).learning.myCourses(user)).find((course) => course.slug === slug);
  if (!mine) return Response.json({ enrolled: false }, { headers });
  return Response.json({ enrolled: true, continueHref: mine.continueHref, continueTitle: mine.continueTitle, started: mine.started }, { headers });
});
