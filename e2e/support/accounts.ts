import path from "node:path";

/** Signed-in browser states written once by auth.setup.ts and reused by the specs. */
export const COACH_EMAIL = "coach@example.com";
export const AUTH_STATE_DIR = path.join(".data", "e2e-auth");
export const COACH_STATE = path.join(AUTH_STATE_DIR, "coach.json");
export const MEMBER_STATE = path.join(AUTH_STATE_DIR, "member.json");
