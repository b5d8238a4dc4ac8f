import { eq } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { storedFiles } from "@/db/schema";

export async function insertStoredFile(db: Executor, file: { key: string; contentType: string; sha256: string; bytes: Buffer }) {
  // Keys are random and never reused: a second put of the same key (a retried request) is a no-op.
  await db
    .insert(storedFiles)
    .values({ key: file.key, contentType: file.contentType, sha256: file.sha256, byteSize: file.bytes.byteLength, bytes: file.bytes })
    .onConflictDoNothing({ target: storedFiles.key });
}

export async function findStoredFile(db: Executor, key: string) {
  const [row] = await db
    .select({ contentType: storedFiles.contentType, sha256: storedFiles.sha256, bytes: storedFiles.bytes })
    .from(storedFiles)
    .where(eq(storedFiles.key, key));
  return row ?? null;
}

export async function deleteStoredFile(db: Executor, key: string) {
  await db.delete(storedFiles).where(eq(storedFiles.key, key));
}
