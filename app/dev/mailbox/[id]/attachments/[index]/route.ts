import { z } from "zod";
import { services } from "@/lib/composition/web";
import { devToolsEnabled } from "@/lib/platform/env";

/** Development and e2e only: download an attachment of a stored message (calendar invites). */
export async function GET(_request: Request, { params }: RouteContext<"/dev/mailbox/[id]/attachments/[index]">) {
  if (!devToolsEnabled()) return new Response("Not found", { status: 404 });
  const { id, index } = await params;
  const parsedId = z.uuid().safeParse(id);
  if (!parsedId.success) return new Response("Not found", { status: 404 });
  const message = await (await services()).email.message(parsedId.data);
  const attachment = message?.attachments[Number(index)];
  if (!attachment) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(attachment.content, "base64"), {
    headers: {
      "Content-Type": attachment.contentType,
      "Content-Disposition": `attachment; filename="${attachment.filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}
