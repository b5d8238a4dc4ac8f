import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { freshTestDatabase } from "@/db/testing/test-database";
import { postgresStorage } from "./postgres-storage";

const database = freshTestDatabase();
const key = "routines/0b7f3f2c-8a51-4d3e-9a5e-2f1f8c1d2e3a.png";

describe("pictures kept in PostgreSQL", () => {
  it("stores the bytes with their type and hash, reads them back, and removes them", async () => {
    const storage = postgresStorage(database().db);
    const bytes = new Uint8Array(300_000).map((_, index) => index % 251);
    await storage.put(key, bytes, "image/png");
    // A retried request puts the same key again: nothing changes, nothing fails.
    await storage.put(key, bytes, "image/png");
    const stored = await storage.get(key);
    expect(stored?.contentType).toBe("image/png");
    expect(stored?.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(Buffer.compare(Buffer.from(stored!.bytes), Buffer.from(bytes))).toBe(0);
    await storage.remove(key);
    expect(await storage.get(key)).toBeNull();
  });

  it("never touches a key it could not have made", async () => {
    const storage = postgresStorage(database().db);
    await expect(storage.put("../../etc/passwd", new Uint8Array([1]), "image/png")).rejects.toThrow(/Refusing storage key/);
    expect(await storage.get("routines/evil.svg")).toBeNull();
    await expect(storage.remove("routines/evil.svg")).resolves.toBeUndefined();
  });
});
