import { like, sql, sum } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { tallies } from "@/db/schema";

/**
 * The running counts whose names start with `prefix` ("email_outbox:" gives sent, failed, …), each
 * summed over its shards. Exact: the triggers keep them in the writers' own transactions.
 */
export async function readTallies(db: Executor, prefix: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ name: tallies.name, n: sum(tallies.n).mapWith(Number) })
    .from(tallies)
    .where(like(tallies.name, sql`${prefix.replace(/[%_\\]/g, (char) => `\\${char}`)} || '%'`))
    .groupBy(tallies.name);
  return new Map(rows.map((row) => [row.name.slice(prefix.length), row.n]));
}
