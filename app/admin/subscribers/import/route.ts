import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { env } from "@/lib/platform/env";
import { BodyTooLargeError, boundedChunks } from "@/lib/platform/http/bounded-stream";
import { foreignOriginResponse, isForeignOrigin } from "@/lib/platform/http/origin";
import { answersWhenUnavailable } from "@/lib/platform/http/unavailable";
import { SUBSCRIBER_IMPORT_MAX_BYTES } from "@/lib/newsletter/subscriber-import";

/**
 * POST the CSV file itself as the body (up to 10 MB). The answer streams one JSON line per batch
 * imported, so the page can show progress, then the report: what was imported, merged, kept
 * unsubscribed, and each skipped row with its line and reason.
 */
export const POST = answersWhenUnavailable(async (request: Request) => {
  await requireAdmin();
  if (isForeignOrigin(request.headers.get("origin"), env().APP_URL)) return foreignOriginResponse();
  const declared = Number(request.headers.get("content-length"));
  if (declared > SUBSCRIBER_IMPORT_MAX_BYTES) return Response.json({ ok: false, error: "The file is larger than 10 MB. Nothing was imported." }, { status: 413 });
  const importer = (await services()).subscribers;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const line = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      try {
        const result = await importer.importCsv(boundedChunks(request.body, SUBSCRIBER_IMPORT_MAX_BYTES), new Date(), (progress) => line({ progress }));
        line({ result });
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        line({ result: { ok: false, error: "The file is larger than 10 MB; the rows before that point were imported." } });
      } finally {
        revalidatePath("/admin/subscribers");
        controller.close();
      }
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
});
