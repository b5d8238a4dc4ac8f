import { getFileStorage } from "@/lib/composition/web";
import { STORAGE_KEY } from "@/lib/storage/storage";

/** Uploaded pictures. Keys are random and never reused, so responses can be cached for good. */
export async function GET(_request: Request, { params }: RouteContext<"/uploads/[...key]">) {
  const key = (await params).key.join("/");
  if (!STORAGE_KEY.test(key)) return new Response("Not found", { status: 404 });
  const file = await getFileStorage().get(key);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}
