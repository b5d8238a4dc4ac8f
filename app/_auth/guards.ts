import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { decideAccess, type SessionUser } from "@/lib/auth/access";
import { withAdapterFailures } from "@/lib/auth/adapter-failures";

/**
 * The signed-in person for this request, or null. Read once per request. When the database cannot
 * be reached this throws (an outage is not "signed out"): routes answer 503, pages show the error page.
 * A session opened by the paying browser carries proof "checkout" and never a role (auth.ts).
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await withAdapterFailures(() => auth());
  if (!session?.user?.id || !session.user.email || session.user.revoked) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name ?? null, role: session.user.role, proof: session.user.proof };
});

function signInPath(next: string, reason?: "prove") {
  return `/sign-in?next=${encodeURIComponent(next)}${reason ? `&reason=${reason}` : ""}`;
}

/**
 * For the account's pages and actions (its data, export, erasure, invoices): a proven sign-in.
 * The paying browser's session is sent to prove the address first. `next` is where to return after.
 */
export async function requireUser(next = "/account"): Promise<SessionUser> {
  const user = await currentUser();
  const decision = decideAccess(user, "user");
  if (decision === "sign-in") redirect(signInPath(next));
  if (decision === "prove-address") redirect(signInPath(next, "prove"));
  return user!;
}

/**
 * For the course player's actions and pages (complete a lesson, a reflection, the certificate):
 * any session, including the one the checkout opened for the browser that paid. The services
 * still check the enrolment.
 */
export async function requireLearner(next = "/account"): Promise<SessionUser> {
  const user = await currentUser();
  if (decideAccess(user, "learner") !== "allow") redirect(signInPath(next));
  return user!;
}

/**
 * For every admin page, server action and route handler, called by each one itself: a layout or
 * proxy check alone can be bypassed. Signed out, or with the paying browser's session, the visitor
 * is sent to sign in and comes back to `next`; a signed-in person who is not the coach gets a 404,
 * as if the page did not exist.
 */
export async function requireAdmin(next = "/admin"): Promise<SessionUser> {
  const user = await currentUser();
  const decision = decideAccess(user, "admin");
  if (decision === "sign-in") redirect(signInPath(next));
  if (decision === "prove-address") redirect(signInPath(next, "prove"));
  if (decision === "not-found") notFound();
  return user!;
}
