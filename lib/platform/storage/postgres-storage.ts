import { createHash } from "node:crypto";
import type { Executor } from "@/db/connect";
import { deleteStoredFile, findStoredFile, insertStoredFile } from "./queries";
import { STORAGE_KEY, type FileStorage } from "./storage";

/**
 * Uploads in PostgreSQL: the default whenever the app has a database, so every instance behind a
 * load balancer serves the same pictures with no object store to run (docs/decisions/0013).
 */
export function postgresStorage(db: Executor): FileStorage {
  return {
    async put(key, bytes, contentType) {
      if (!STORAGE_KEY.test(key)) throw new Error(`Refusing storage key ${JSON.stringify(key)}`);
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      await insertStoredFile(db, { key, contentType, sha256: createHash("sha256").update(buffer).digest("hex"), bytes: buffer });
    },
    async get(key) {
      if (!STORAGE_KEY.test(key)) return null;
      const row = await findStoredFile(db, key);
      return row ? { bytes: new Uint8Array(row.bytes), contentType: row.contentType, sha256: row.sha256 } : null;
    },
    async remove(key) {
      if (!STORAGE_KEY.test(key)) return;
      await deleteStoredFile(db, key);
    },
  };
}
