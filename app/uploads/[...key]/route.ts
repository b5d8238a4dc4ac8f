import { getFileStorage } from "@/lib/composition/web";
import { STORAGE_KEY } from "@/lib/storage/storage";

/**
 * Uploaded pictures. Keys are random and never reused, so a response can be cached for good; the
 * ETag is the content hash, so a revalidating cache gets a 304 without the bytes.
 */
export async function GET(request: Request, { params }: RouteContext<"/uploads/[...key]">) {
  const key = (await params).key.join("/");
  if (!STORAGE_KEY.test(key)) return new Response("Not found", { status: 404 });
  const file = await getFileStorage().get(key);
  if (!file) return new Response("Not found", { status: 404 });
  const headers = {
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: `"${file.sha256}"`,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'",
  };
  if (request.headers.get("if-none-match")?.includes(`"${file.sha256}"`)) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(file.bytes), { headers: { ...headers, "Content-Type": file.contentType, "Content-Length": String(file.bytes.byteLength) } });
}
