import { health } from "@/lib/composition/web";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

/** For load balancers: 200 while the database answers, 503 when it does not. */
export async function GET() {
  const report = await health(packageJson.version);
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
