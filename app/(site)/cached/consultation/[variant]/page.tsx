import { notFound } from "next/navigation";
import { ConsultationPage, consultationMetadata } from "@/app/(site)/consultation/_components/consultation-page";
import { PRERENDERED_VARIANT } from "@/lib/cache/prerendered-routes";

// Served at "/consultation" through a rewrite: one cached copy for every visitor, whose browser
// shows the free times in their own zone. A booking, move or cancellation refreshes it at once
// (the bookings tag); the minute is the backstop for free times that pass (lib/booking/cached.ts).
export const dynamicParams = true;
export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

export const metadata = consultationMetadata;

export default async function CachedConsultationPage({ params }: PageProps<"/cached/consultation/[variant]">) {
  if ((await params).variant !== PRERENDERED_VARIANT) notFound();
  return <ConsultationPage requestedZone={null} />;
}
