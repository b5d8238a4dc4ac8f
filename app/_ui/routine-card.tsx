import Link from "next/link";
import { Clock } from "lucide-react";
import type { RoutineCard as RoutineCardData } from "@/lib/composition/public-reads";
import { formatDuration } from "@/lib/routines/rules";
import { Picture } from "./picture";
import { BODY_AREA_LABELS, EQUIPMENT_LABELS } from "@/lib/routines/taxonomy";

export function RoutineCard({ routine }: { routine: RoutineCardData }) {
  const equipment = routine.equipment.length
    ? routine.equipment.map((item) => EQUIPMENT_LABELS[item]).join(", ")
    : "No equipment";
  return (
    <article className="group card">
      {routine.image ? (
        // The title beside it names the routine; the picture is decoration here (its words are on the routine's page).
        <div className="relative -mx-6 -mt-6 mb-5 aspect-[16/9] bg-sand">
          <Picture picture={{ ...routine.image, alt: "" }} sizes="(min-width: 1024px) 360px, (min-width: 640px) 45vw, 100vw" />
        </div>
      ) : null}
      <p className="flex items-center gap-2 text-sm font-semibold text-ink-muted">
        <Clock aria-hidden="true" className="size-4" />
        <span>{formatDuration(routine.totalSeconds)}</span>
        <span aria-hidden="true">·</span>
        <span>{equipment}</span>
      </p>
      <h3 className="mt-3 text-2xl">
        <Link href={`/routines/${routine.slug}`} className="after:absolute after:inset-0 after:rounded-3xl">
          {routine.title}
        </Link>
      </h3>
      <p className="mt-2 flex-1 text-ink-muted">{routine.summary}</p>
      <ul className="mt-5 flex flex-wrap gap-2" aria-label="Body areas">
        {routine.bodyAreas.map((area) => (
          <li key={area} className="chip">
            {BODY_AREA_LABELS[area]}
          </li>
        ))}
      </ul>
    </article>
  );
}
