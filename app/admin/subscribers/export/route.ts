import { requireAdmin } from "@/lib/auth/guards";
import { services } from "@/lib/composition/web";
import { subscribersToCsv } from "@/lib/newsletter/admin";
import { subscriberFiltersSchema } from "@/lib/newsletter/schema";

/** CSV of the subscribers matching the page's filters. */
export async function GET(request: Request) {
  await requireAdmin();
  const filters = subscriberFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await (await services()).subscribers.list({ query: filters.q, status: filters.status, source: filters.source }, 100_000);
  return new Response(subscribersToCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="subscribers-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
