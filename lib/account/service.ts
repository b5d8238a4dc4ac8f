import type { Database } from "@/db/connect";
import { findUserById, updateUserName } from "./queries";

/** A signed-in person's own account: who they are, and the name they go by. */
export function createAccountService(db: Database) {
  return {
    find: (userId: string) => findUserById(db, userId),
    rename: (userId: string, name: string | null) => updateUserName(db, userId, name),
  };
}
