import type { UserRole } from "@/db/schema";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
}

export type Requirement = "user" | "admin";
export type AccessDecision = "allow" | "sign-in" | "not-found";

/**
 * Who may see what. Anonymous visitors are sent to sign in for their own pages; admin pages do
 * not admit they exist (404) to anyone who is not an admin, signed in or not.
 */
export function decideAccess(user: SessionUser | null, requirement: Requirement): AccessDecision {
  if (requirement === "admin") return user?.role === "admin" ? "allow" : "not-found";
  return user ? "allow" : "sign-in";
}

/** Where to go after signing in: only paths on this site, never another origin. */
export function safeNextPath(next: string | null | undefined, fallback = "/account"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}

export function roleFor(email: string, adminEmails: readonly string[]): UserRole {
  return adminEmails.includes(email.toLowerCase()) ? "admin" : "member";
}
