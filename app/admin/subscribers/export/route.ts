import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { subscriberFiltersSchema } from "@/lib/newsletter/schema";

/**
 * CSV of every subscriber matching the page's filters, streamed a batch at a time: the download
 * starts at once and the server holds one batch, whatever the size of the list.
 */
export async function GET(request: Request) {
  await requireAdmin();
  const filters = subscriberFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const pieces = (await services()).subscribers.exportCsv({ query: filters.q, status: filters.status, source: filters.source });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    // Pulled: the next batch is read only when the client has taken the last one.
    async pull(controller) {
      const { value, done } = await pieces.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="subscribers-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
