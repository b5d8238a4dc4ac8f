import { getSql } from "@/db/client";
import { env } from "@/lib/env";
import { checkHealth } from "@/lib/health/check";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth({
    pingDatabase: env().DATABASE_URL ? () => getSql()`select 1` : null,
    // pg-boss keeps its jobs in the "pgboss" schema; due for five minutes and not started means no worker is taking them.
    countOverdueJobs: env().DATABASE_URL
      ? async () => {
          const [row] = await getSql()<{ overdue: number }[]>`select count(*)::int as overdue from pgboss.job where state in ('created', 'retry') and start_after < now() - interval '5 minutes'`;
          return row?.overdue ?? 0;
        }
      : null,
    version: packageJson.version,
  });
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
