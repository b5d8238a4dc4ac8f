import { requireLearner } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";

/** The signed-in learner's certificate of completion, as a PDF to keep or print. */
export async function GET(_request: Request, { params }: RouteContext<"/learn/[course]/certificate.pdf">) {
  const { course } = await params;
  const user = await requireLearner(`/learn/${course}/finished`);
  const certificate = await (await services()).certificates.pdf(user, course);
  if (!certificate) return new Response("There is no certificate here yet: it comes when every lesson is complete.", { status: 404 });
  return new Response(new Uint8Array(certificate.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${certificate.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
