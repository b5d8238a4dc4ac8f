import Link from "next/link";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { BroadcastForm } from "../broadcast-form";
import { adminTitle } from "@/app/admin/admin-title";

export const generateMetadata = adminTitle("New letter");

export default async function NewBroadcastPage() {
  await requireAdmin();
  const { routines: routineService, subscribers } = await services();
  const [routines, sources] = await Promise.all([routineService.listPublished(), subscribers.confirmedBySource()]);
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
