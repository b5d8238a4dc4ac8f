import { ConsultationPage, consultationMetadata } from "@/app/(site)/consultation/_components/consultation-page";
import { isIanaTimeZone } from "@/lib/site/timezones";
import { currentZoneName } from "@/lib/site/zone-renames";

// Reached with `/consultation?tz=` only (a shared link, or the zone form without JavaScript),
// rewritten by next.config.ts; plain /consultation is the cached app/(site)/consultation/page.tsx.
export const dynamic = "force-dynamic";

export const metadata = consultationMetadata;

export default async function ConsultationInZonePage({ searchParams }: PageProps<"/per-request/consultation">) {
  const { tz } = await searchParams;
  return <ConsultationPage requestedZone={typeof tz === "string" && isIanaTimeZone(tz) ? currentZoneName(tz) : null} />;
}
