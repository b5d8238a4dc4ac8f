import { notFound } from "next/navigation";
import { databaseQueryCount } from "@/lib/composition/web";
import { devToolsEnabled } from "@/lib/platform/env";

export const dynamic = "force-dynamic";

/** Development and e2e only: how many queries the app pool has sent, for cache tests and benches. */
export function GET() {
  if (!devToolsEnabled()) notFound();
  return Response.json({ queries: databaseQueryCount() }, { headers: { "Cache-Control": "no-store" } });
}
