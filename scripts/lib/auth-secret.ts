import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { log } from "./log";

const SECRET_FILE = ".data/auth-secret";

/**
 * Sessions and magic links are signed with AUTH_SECRET. A real deployment sets it; for local
 * development and the embedded demo one is generated once and kept in .data/ (ignored by git),
 * so sessions survive restarts.
 */
export function localAuthSecret(): string {
  const file = path.resolve(process.cwd(), SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  log(`Generated a local AUTH_SECRET in ${SECRET_FILE}.`);
  return secret;
}
