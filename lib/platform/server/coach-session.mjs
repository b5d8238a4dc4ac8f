/**
 * Whether a request's session cookie is the coach's: a session opened by a sign-in link (not the
 * paying browser's, decision 0022), not expired, of a user whose role is admin. The same rule as
 * decideAccess("admin") in lib/auth/access.ts; lib/platform/server/body-limits.test.ts holds the two together.
 *
 * Asked only for a body larger than the public limit sent to /admin, so a small pool of its own
 * (two connections) is enough, and it opens only when first needed. Answers are remembered for a
 * few seconds per token, so a coach saving twice does not ask twice; a failed lookup is "no".
 */
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];
const REMEMBER_MS = 10_000;
const remembered = new Map();
let sqlPromise;

export function sessionTokenOf(cookieHeader) {
  for (const part of String(cookieHeader ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index < 0) continue;
    const name = part.slice(0, index).trim();
    if (!COOKIE_NAMES.includes(name)) continue;
    try {
      return decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      return null; // not a token this app ever set
    }
  }
  return null;
}

function database() {
  if (!process.env.DATABASE_URL) return null;
  sqlPromise ??= import("postgres").then(({ default: postgres }) =>
    postgres(process.env.DATABASE_URL, { max: 2, idle_timeout: 30, connect_timeout: 5, connection: { application_name: "coach-body-limit" } }),
  );
  return sqlPromise;
}

export async function isCoachSession(cookieHeader, now = Date.now()) {
  const token = sessionTokenOf(cookieHeader);
  if (!token || token.length > 200) return false;
  const known = remembered.get(token);
  if (known && known.until > now) return known.coach;
  let coach = false;
  try {
    const sql = await database();
    if (sql) {
      const rows = await sql`
        select 1 from sessions s join users u on u.id = s.user_id
        where s.session_token = ${token} and s.expires > now() and s.proof = 'link' and u.role = 'admin'
        limit 1`;
      coach = rows.length === 1;
    }
  } catch {
    coach = false;
  }
  if (remembered.size > 500) remembered.clear();
  remembered.set(token, { coach, until: now + REMEMBER_MS });
  return coach;
}
