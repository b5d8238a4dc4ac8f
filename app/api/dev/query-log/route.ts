import { notFound } from "next/navigation";
import { recentQueries } from "@/lib/composition/web";
import { devToolsEnabled } from "@/lib/platform/env";

export const dynamic = "force-dynamic";

/** Development and e2e only: the statements the app pool sent after ?after=N, for the scale bench. */
export function GET(request: Request) {
  if (!devToolsEnabled()) notFound();
  const after = Number(new URL(request.url).searchParams.get("after") ?? 0);
  return Response.json({ queries: recentQueries(Number.isFinite(after) ? after : 0) }, { headers: { "Cache-Control": "no-store" } });
}
