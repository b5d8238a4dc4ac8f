import { getFileStorage } from "@/lib/composition/web";
import { parseByteRange } from "@/lib/platform/http/byte-range";
import { STORAGE_KEY } from "@/lib/platform/storage/storage";

/**
 * Uploaded pictures and step videos. Keys are random and never reused, so a response can be cached
 * for good; the ETag is the content hash, so a revalidating cache gets a 304 without the bytes.
 * Videos are asked for in ranges (Safari plays nothing without 206 answers).
 */
export async function GET(request: Request, { params }: RouteContext<"/uploads/[...key]">) {
  const key = (await params).key.join("/");
  if (!STORAGE_KEY.test(key)) return new Response("Not found", { status: 404 });
  const file = await getFileStorage().get(key);
  if (!file) return new Response("Not found", { status: 404 });
  const headers = {
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: `"${file.sha256}"`,
    "Accept-Ranges": "bytes",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'",
  };
  if (request.headers.get("if-none-match")?.includes(`"${file.sha256}"`)) return new Response(null, { status: 304, headers });
  const size = file.bytes.byteLength;
  const range = parseByteRange(request.headers.get("range"), size);
  if (range === "unsatisfiable") return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${size}` } });
  if (range) {
    const body = Buffer.from(file.bytes.subarray(range.start, range.end + 1));
    return new Response(body, {
      status: 206,
      headers: { ...headers, "Content-Type": file.contentType, "Content-Length": String(body.byteLength), "Content-Range": `bytes ${range.start}-${range.end}/${size}` },
    });
  }
  return new Response(Buffer.from(file.bytes), { headers: { ...headers, "Content-Type": file.contentType, "Content-Length": String(size) } });
}
