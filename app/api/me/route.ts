import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { currentUser } from "@/app/_auth/guards";
import { HEADER_HINT_COOKIE, headerHintCookie, headerHintFor } from "@/lib/auth/header-hint";
import { services } from "@/lib/composition/web";
import { env } from "@/lib/platform/env";
import { answersWhenUnavailable } from "@/lib/platform/http/unavailable";

export type Me = { kind: "visitor" } | { kind: "coach" } | { kind: "member"; course: { href: string; title: string } | null };

/**
 * Who is looking, for the header of cached pages (the same HTML for everyone): a visitor, the
 * coach, or a member and their course. Personal, so never cached; without a session cookie it
 * answers without asking the database. The answer also refreshes the header hint cookie, so the
 * next page's first paint shows the same links (lib/auth/header-hint.ts).
 */
export const GET = answersWhenUnavailable(async () => {
  const jar = await cookies();
  const answer = (me: Me) => {
    const response = NextResponse.json(me, { headers: { "Cache-Control": "private, no-store" } });
    const hint = headerHintFor(me);
    if ((jar.get(HEADER_HINT_COOKIE)?.value || null) !== hint) response.cookies.set(headerHintCookie(hint, env().APP_URL));
    return response;
  };
  if (!jar.has("authjs.session-token") && !jar.has("__Secure-authjs.session-token")) return answer({ kind: "visitor" });
  const user = await currentUser();
  if (!user) return answer({ kind: "visitor" });
  if (user.role === "admin") return answer({ kind: "coach" });
  // /learn/[course] itself sends them on to where they left off.
  const [course] = await (await services()).learning.enrolledCourses(user);
  return answer({ kind: "member", course: course ? { href: `/learn/${course.slug}`, title: course.title } : null });
});
