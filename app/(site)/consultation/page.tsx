import { isIanaTimeZone } from "@/lib/site/timezones";
import { currentZoneName } from "@/lib/site/zone-renames";
import { ConsultationPage, consultationMetadata } from "./_components/consultation-page";

// Reached with ?tz= only (a shared link, or the zone form without JavaScript): next.config.ts sends
// plain /consultation to the cached copy in app/(site)/cached/consultation.
export const dynamic = "force-dynamic";

export const metadata = consultationMetadata;

export default async function ConsultationInZonePage({ searchParams }: PageProps<"/consultation">) {
  const { tz } = await searchParams;
  return <ConsultationPage requestedZone={typeof tz === "string" && isIanaTimeZone(tz) ? currentZoneName(tz) : null} />;
}
