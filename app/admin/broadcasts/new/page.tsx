import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireAdmin } from "@/lib/auth/guards";
import { createSubscriberAdmin } from "@/lib/newsletter/admin";
import { listPublishedRoutinesWithSteps } from "@/lib/routines/queries";
import { BroadcastForm } from "../broadcast-form";

export const metadata: Metadata = { title: "New letter" };

export default async function NewBroadcastPage() {
  await requireAdmin();
  const [routines, sources] = await Promise.all([listPublishedRoutinesWithSteps(getDb()), createSubscriberAdmin(getDb()).confirmedBySource()]);
  return (
    <>
      <p>
        <Link href="/admin/broadcasts" className="text-ink-muted underline underline-offset-4">← Newsletter</Link>
      </p>
      <h1 className="mt-2 text-4xl">New letter</h1>
      <div className="mt-6 rounded-3xl border border-line bg-surface p-6">
        <BroadcastForm values={{ subject: "", preheader: "", body: "", routineSlugs: [], audienceSource: null }} routines={routines} sources={sources} />
      </div>
    </>
  );
}
