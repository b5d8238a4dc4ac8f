import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { decideAccess, type SessionUser } from "./access";
import { withAdapterFailures } from "./adapter-failures";

/**
 * The signed-in person for this request, or null. Read once per request. When the database cannot
 * be reached this throws (an outage is not "signed out"): routes answer 503, pages show the error page.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await withAdapterFailures(() => auth());
  if (!session?.user?.id || !session.user.email) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name ?? null, role: session.user.role };
});

/** For pages and actions that belong to a signed-in person. `next` is where to return after. */
export async function requireUser(next = "/account"): Promise<SessionUser> {
  const user = await currentUser();
  if (decideAccess(user, "user") !== "allow") redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  return user!;
}

/**
 * For every admin page, server action and route handler, called by each one itself: a layout or
 * proxy check alone can be bypassed. Non-admins get a 404, as if the page did not exist.
 */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await currentUser();
  if (decideAccess(user, "admin") !== "allow") notFound();
  return user!;
}
