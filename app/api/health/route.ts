import { getHealthSql, webPoolStats } from "@/db/client";
import { env } from "@/lib/env";
import { checkHealth } from "@/lib/health/check";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

/** Asks the database over a connection of its own, so a saturated web pool never delays the answer. */
export async function GET() {
  const configured = Boolean(env().DATABASE_URL);
  const report = await checkHealth({
    pingDatabase: configured ? () => getHealthSql()`select 1` : null,
    // pg-boss keeps its jobs in the "pgboss" schema; due for five minutes and not started means no worker is taking them.
    countOverdueJobs: configured
      ? async () => {
          const [row] = await getHealthSql()<{ overdue: number }[]>`select count(*)::int as overdue from pgboss.job where state in ('created', 'retry') and start_after < now() - interval '5 minutes'`;
          return row?.overdue ?? 0;
        }
      : null,
    poolStats: webPoolStats,
    version: packageJson.version,
  });
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
