import type { Database } from "@/db/connect";
import type { UserRole } from "@/db/schema";
import { authAdapter, deleteSignInLinks, findUserEmail, proveAddress, setUserRole } from "./queries";

/**
 * What Auth.js's configuration (auth.ts) reads and writes, over the database the composition root
 * hands in (lib/composition/web.ts `authStore()`): the adapter, and the steps around a sign-in.
 */
export function createAuthStore(db: Database) {
  return {
    adapter: () => authAdapter(db),
    proveAddress: (input: Parameters<typeof proveAddress>[1]) => proveAddress(db, input),
    setRole: (userId: string, role: UserRole) => setUserRole(db, userId, role),
    deleteSignInLinks: (email: string) => deleteSignInLinks(db, email),
    findUserEmail: (userId: string) => findUserEmail(db, userId),
  };
}

export type AuthStore = ReturnType<typeof createAuthStore>;
