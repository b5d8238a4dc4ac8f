import { ConsultationPage, consultationMetadata } from "@/app/(site)/consultation/_components/consultation-page";
import { renderingAtBuild } from "@/lib/platform/cache/build-placeholder.mjs";

// One cached copy for every visitor, whose browser shows the free times in their own zone. Built
// as a placeholder (no database at build), rendered on the first request. A booking, move or
// cancellation refreshes it at once (the bookings tag); the minute is the backstop for free times
// that pass (lib/booking/cached.ts). `?tz=` is rewritten to app/(site)/per-request/consultation.
export const revalidate = 60;

export const metadata = consultationMetadata;

export default async function CachedConsultationPage() {
  if (renderingAtBuild()) return null;
  return <ConsultationPage requestedZone={null} />;
}
