import { headers } from "next/headers";
import { ConsultationPage, consultationMetadata } from "@/app/(site)/consultation/_components/consultation-page";
import { isHourCycle } from "@/lib/booking/clock";
import { localeFromAcceptLanguage } from "@/lib/platform/http/request-locale";
import { isIanaTimeZone } from "@/lib/site/timezones";
import { currentZoneName } from "@/lib/site/zone-renames";

// Reached with `/consultation?tz=` or `?clock=` only (a shared link, or the zone form or clock links without JavaScript),
// rewritten by next.config.ts; plain /consultation is the cached app/(site)/consultation/page.tsx.
export const dynamic = "force-dynamic";

export const metadata = consultationMetadata;

export default async function ConsultationInZonePage({ searchParams }: PageProps<"/per-request/consultation">) {
  const [{ tz, clock }, requestHeaders] = await Promise.all([searchParams, headers()]);
  return (
    <ConsultationPage
      requestedZone={typeof tz === "string" && isIanaTimeZone(tz) ? currentZoneName(tz) : null}
      requestedClock={isHourCycle(clock) ? clock : null}
      // Rendered per request anyway: the visitor's language picks the English and the clock at once.
      requestLocale={localeFromAcceptLanguage(requestHeaders.get("accept-language"))}
    />
  );
}
