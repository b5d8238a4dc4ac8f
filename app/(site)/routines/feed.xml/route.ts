import { env } from "@/lib/platform/env";
import { getRoutineCards } from "@/lib/composition/public-reads";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";

export const dynamic = "force-dynamic";

const escape = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** An Atom feed of the free routines, newest first, for feed readers. */
export async function GET() {
  const [routines, coach] = await Promise.all([getRoutineCards(), getPublicCoachProfile()]);
  const base = env().APP_URL;
  const updated = routines[0]?.publishedAt ?? new Date(0).toISOString();
  const entries = routines
    .map(
      (routine) => `  <entry>
    <title>${escape(routine.title)}</title>
    <link href="${base}/routines/${routine.slug}"/>
    <id>${base}/routines/${routine.slug}</id>
    <updated>${routine.publishedAt}</updated>
    <summary>${escape(routine.summary)}</summary>
  </entry>`,
    )
    .join("\n");
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escape(coach?.name ?? "Coach")}: free routines</title>
  <link href="${base}/routines"/>
  <link rel="self" href="${base}/routines/feed.xml"/>
  <id>${base}/routines</id>
  <updated>${updated}</updated>
${entries}
</feed>
`;
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
