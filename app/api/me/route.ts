import { cookies } from "next/headers";
import { currentUser } from "@/lib/auth/guards";
import { services } from "@/lib/composition/web";
import { answersWhenUnavailable } from "@/lib/http/unavailable";

export type Me = { kind: "visitor" } | { kind: "coach" } | { kind: "member"; course: { href: string; title: string } | null };

/**
 * Who is looking, for the header of cached pages (the same HTML for everyone): a visitor, the
 * coach, or a member and their course. Personal, so never cached; without a session cookie it
 * answers without asking the database.
 */
export const GET = answersWhenUnavailable(async () => {
  const headers = { "Cache-Control": "private, no-store" };
  const jar = await cookies();
  const answer = (me: Me) => Response.json(me, { headers });
  if (!jar.has("authjs.session-token") && !jar.has("__Secure-authjs.session-token")) return answer({ kind: "visitor" });
  const user = await currentUser();
  if (!user) return answer({ kind: "visitor" });
  if (user.role === "admin") return answer({ kind: "coach" });
  // /learn/[course] itself sends them on to where they left off.
  const [course] = await (await services()).learning.enrolledCourses(user);
  return answer({ kind: "member", course: course ? { href: `/learn/${course.slug}`, title: course.title } : null });
});
