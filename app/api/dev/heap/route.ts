import { notFound } from "next/navigation";
import { devToolsEnabled } from "@/lib/platform/env";

export const dynamic = "force-dynamic";

/**
 * Development and e2e only: the JavaScript heap in use after a full collection, for the scale
 * bench's export check. Resident memory says little (V8 keeps what it grew into); the heap after
 * a collection says what the process still holds. Null when Node was not started with --expose-gc.
 */
export function GET() {
  if (!devToolsEnabled()) notFound();
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) return Response.json({ heapUsed: null }, { headers: { "Cache-Control": "no-store" } });
  collect();
  return Response.json({ heapUsed: process.memoryUsage().heapUsed }, { headers: { "Cache-Control": "no-store" } });
}
