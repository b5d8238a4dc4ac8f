/**
 * A readable cookie that remembers which header links this browser saw last: "Account" instead of
 * "Sign in" on the first paint of cached pages, which are the same HTML for everyone. It is a hint
 * for what to draw and nothing more: every page and action still asks the session, and a wrong or
 * forged hint only changes which links show until /api/me answers (app/_ui/account-links.tsx).
 */
export const HEADER_HINT_COOKIE = "sp_who";

export type HeaderHint = "coach" | "learner" | "member";
const HINTS: readonly HeaderHint[] = ["coach", "learner", "member"];

/** What the header shows: the coach's back office, a learner's course and account, or an account alone. */
export function headerHintFor(me: { kind: "visitor" } | { kind: "coach" } | { kind: "member"; course: unknown }): HeaderHint | null {
  if (me.kind === "coach") return "coach";
  if (me.kind === "member") return me.course ? "learner" : "member";
  return null;
}

export function isHeaderHint(value: unknown): value is HeaderHint {
  return typeof value === "string" && (HINTS as readonly string[]).includes(value);
}

/** Lives as long as a session can; cleared when /api/me finds nobody signed in, or on sign-out. */
export function headerHintCookie(hint: HeaderHint | null, appUrl: string) {
  const secure = new URL(appUrl).protocol === "https:";
  return {
    name: HEADER_HINT_COOKIE,
    value: hint ?? "",
    httpOnly: false,
    sameSite: "lax" as const,
    secure,
    path: "/",
    maxAge: hint ? 30 * 24 * 60 * 60 : 0,
  };
}

/**
 * Runs in <head> before the first paint: copies the hint onto <html data-who>, which the header's
 * CSS reads (globals.css). Plain text, no imports: it is inlined into every page.
 */
export const HEADER_HINT_SCRIPT = `try{var m=document.cookie.match(/(?:^|; )${HEADER_HINT_COOKIE}=(coach|learner|member)(?:;|$)/);if(m)document.documentElement.dataset.who=m[1]}catch(e){}`;
