import NextAuth from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import type { SessionProof, UserRole } from "@/db/schema";
import { roleFor, sessionStanding } from "@/lib/auth/access";
import { watchAdapter } from "@/lib/auth/adapter-failures";
import { authUrlFor } from "@/lib/auth/public-origin";
import { adminEmails, env } from "@/lib/platform/env";
import { loggableError, logger } from "@/lib/platform/log";
import { authStore, services } from "@/lib/composition/web";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-cookie";
import { cookies } from "next/headers";
import { headerHintCookie, type HeaderHint } from "@/lib/auth/header-hint";

declare module "next-auth" {
  interface User {
    role?: UserRole;
  }
  interface Session {
    /** `revoked`: a paying browser's session for an address someone has since proven (see sessionStanding). */
    user: { id: string; email: string; name?: string | null; role: UserRole; proof: SessionProof; revoked: boolean };
  }
}

export const MAGIC_LINK_MAX_AGE_SECONDS = 60 * 60;

// Auth.js takes its origin from AUTH_URL when set, else from each request's Host header. One
// fixed origin (APP_URL) keeps links, callback URLs and redirects consistent behind any proxy, and
// a forged Host header cannot change them. It replaces any AUTH_URL already in the environment:
// a leftover one (http://localhost:3000 from a guide) sent used-link errors and the callback-url
// cookie to that address instead of the site.
const authUrl = authUrlFor(env().APP_URL);
if (process.env.AUTH_URL && process.env.AUTH_URL !== authUrl) logger.warn({ AUTH_URL: process.env.AUTH_URL, using: authUrl }, "AUTH_URL is ignored: Auth.js uses APP_URL");
process.env.AUTH_URL = authUrl;

/** The page the sign-in link lands on already shows "Account", not "Sign in" (lib/auth/header-hint.ts). */
async function rememberHeader(hint: HeaderHint | null) {
  try {
    (await cookies()).set(headerHintCookie(hint, env().APP_URL));
  } catch (error) {
    // Only a hint: a sign-in never fails for it; /api/me sets it on the next page.
    logger.warn({ err: loggableError(error) }, "header hint not set");
  }
}

async function coachName() {
  return (await getPublicCoachProfile())?.name ?? "Your coach";
}

/**
 * Magic links go through our own email pipeline (outbox + job), never straight to a provider,
 * so the local transport and /dev/mailbox see them like every other message.
 */
const emailProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
  async sendVerificationRequest({ identifier, url }) {
    // Auth.js builds the link from the request's host; a forged Host header must not be able to
    // point someone's sign-in link at another site, so the origin comes from APP_URL.
    const link = new URL(url);
    const appUrl = new URL(env().APP_URL);
    link.protocol = appUrl.protocol;
    link.host = appUrl.host;
    const email = (await services()).email;
    await email.sendEmail({
      to: identifier,
      template: "magic-link",
      props: { coachName: await coachName(), url: link.toString(), expiresInMinutes: MAGIC_LINK_MAX_AGE_SECONDS / 60 },
    });
  },
  options: {},
};

// The configuration is a function so the database is touched per request, never at build time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: watchAdapter(authStore().adapter()),
  secret: env().AUTH_SECRET,
  trustHost: true,
  // __Secure- prefixed, Secure, HttpOnly, SameSite=Lax cookies whenever the site is served over
  // https, decided by APP_URL rather than by whatever protocol the proxy forwarded.
  useSecureCookies: new URL(env().APP_URL).protocol === "https:",
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 60 * 60 },
  providers: [emailProvider],
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
  // Auth.js's own messages as our log lines: structured, capped, no query strings. A used or
  // expired link ("Verification") is an everyday event, not an error.
  logger: {
    error(error) {
      const everyday = ["Verification", "MissingCSRF"].includes((error as { type?: string }).type ?? "");
      logger[everyday ? "info" : "error"]({ err: loggableError(error) }, "auth");
    },
    warn(code) {
      logger.warn({ code }, "auth");
    },
    debug() {},
  },
  callbacks: {
    // Only ever redirect within this site, and always on its public origin: behind a proxy (or
    // `next start -H`) the request may look like it came to another host name.
    redirect({ url }) {
      const app = new URL(env().APP_URL);
      const target = new URL(url, app);
      const sameSite = target.origin === app.origin || url.startsWith("/");
      return sameSite ? `${app.origin}${target.pathname}${target.search}` : app.origin;
    },
    // Runs once the link's token has been checked and spent, before Auth.js writes the new session.
    async signIn({ user, email }) {
      if (email?.verificationRequest || !user.email) return true;
      await authStore().proveAddress({ email: user.email, role: (address) => roleFor(address, adminEmails()), now: new Date() });
      return true;
    },
    session({ session, user }) {
      // Only what pages need; the session never carries more of the user row than this. The role
      // is the session's, not the user's: a session the checkout opened holds none (decision 0022).
      const proof = ((session as { proof?: SessionProof }).proof ?? "link") as SessionProof;
      const standing = sessionStanding({ proof, role: (user.role ?? "member") as UserRole, emailVerified: user.emailVerified ?? null });
      return {
        expires: session.expires,
        user: { id: user.id, email: user.email, name: user.name, role: standing.role, proof, revoked: !standing.valid },
      } as typeof session;
    },
  },
  events: {
    async signIn({ user, isNewUser }) {
      // ADMIN_EMAILS is the source of truth for the role. An existing account's role was settled
      // (and its other sessions ended) by callbacks.signIn; a new account has no other session.
      if (!user.id || !user.email) return;
      const role = roleFor(user.email, adminEmails());
      if (isNewUser) await authStore().setRole(user.id, role);
      await authStore().deleteSignInLinks(user.email);
      await rememberHeader(role === "admin" ? "coach" : (await (await services()).learning.enrolledCourses({ id: user.id, role })).length ? "learner" : "member");
    },
    async signOut(message) {
      const userId = "session" in message ? (message.session as { userId?: string } | null)?.userId : undefined;
      const email = userId ? await authStore().findUserEmail(userId) : null;
      if (email) await authStore().deleteSignInLinks(email);
    },
    async createUser({ user }) {
      // The coach's own first sign-in (an ADMIN_EMAILS address) is not a new member to welcome.
      if (!user.email || roleFor(user.email, adminEmails()) === "admin") return;
      const email = (await services()).email;
      await email.sendEmail({ to: user.email, template: "welcome", props: { coachName: await coachName(), appUrl: env().APP_URL } });
    },
  },
}));
