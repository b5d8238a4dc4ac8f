import type { SessionProof, UserRole } from "@/db/schema";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  /**
   * Whether this session was opened by a link sent to the address (`link`), or only by the
   * browser that paid for a course (`checkout`, decision 0017), which proves nothing about the
   * address: such a session is a learner in its course and nothing more (decision 0022).
   */
  proof: SessionProof;
}

/** `user`: a proven sign-in; `learner`: any session, proven or the paying browser's; `admin`: the coach. */
export type Requirement = "learner" | "user" | "admin";
export type AccessDecision = "allow" | "sign-in" | "prove-address" | "not-found";

/**
 * Who may see what. Anonymous visitors are sent to sign in, for their own pages and for the back
 * office (a coach who types /admin before signing in must find her way in); a session the checkout
 * opened is sent to prove its address by link first. A proven sign-in without the admin role gets
 * a 404 from the back office, as if it did not exist. A session the checkout opened may learn.
 */
export function decideAccess(user: SessionUser | null, requirement: Requirement): AccessDecision {
  if (requirement === "admin") {
    if (!user) return "sign-in";
    if (user.proof !== "link") return "prove-address";
    return user.role === "admin" ? "allow" : "not-found";
  }
  if (!user) return "sign-in";
  if (requirement === "user" && user.proof !== "link") return "prove-address";
  return "allow";
}

/**
 * The role a session holds. A role is only ever held by a proven session; a session whose
 * address someone has since proven by link is no session at all (the sign-in ended it, and this
 * holds even if a cleanup failed or raced).
 */
export function sessionStanding(input: { proof: SessionProof; role: UserRole; emailVerified: Date | null }): { valid: boolean; role: UserRole } {
  if (input.proof === "link") return { valid: true, role: input.role };
  return { valid: input.emailVerified === null, role: "member" };
}

/** Where to go after signing in: only paths on this site, never another origin. */
export function safeNextPath(next: string | null | undefined, fallback = "/account"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}

export function roleFor(email: string, adminEmails: readonly string[]): UserRole {
  return adminEmails.includes(email.toLowerCase()) ? "admin" : "member";
}
