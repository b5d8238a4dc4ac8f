import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import path from "node:path";
import { STORAGE_KEY, type FileStorage } from "./storage";

const CONTENT_TYPES: Record<string, string> = { png: "image/png", jpg: "image/jpeg", webp: "image/webp", gif: "image/gif" };

export function localDiskStorage(root: string): FileStorage {
  const fileFor = (key: string) => {
    if (!STORAGE_KEY.test(key)) throw new Error(`Refusing storage key ${JSON.stringify(key)}`);
    return path.join(root, key);
  };
  return {
    async put(key, bytes) {
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
    },
    async get(key) {
      if (!STORAGE_KEY.test(key)) return null;
      try {
        const bytes = await readFile(fileFor(key));
        const sha256 = createHash("sha256").update(bytes).digest("hex");
        return { bytes, contentType: CONTENT_TYPES[key.split(".").pop()!] ?? "application/octet-stream", sha256 };
      } catch {
        return null;
      }
    },
    async remove(key) {
      await rm(fileFor(key), { force: true });
    },
  };
}
