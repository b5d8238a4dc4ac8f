import { ImageResponse } from "next/og";
import { getPublishedRoutine } from "@/lib/composition/public-reads";
import { formatDuration } from "@/lib/routines/rules";
import { BODY_AREA_LABELS } from "@/lib/routines/taxonomy";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";

export const alt = "A free guided routine";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The card a shared link shows: the routine's name, time and body areas on the brand's linen. */
export default async function RoutineOpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const [routine, coach] = await Promise.all([getPublishedRoutine((await params).slug), getPublicCoachProfile()]);
  const title = routine?.title ?? "Free routines";
  const detail = routine ? `${formatDuration(routine.totalSeconds)} · ${routine.bodyAreas.map((area) => BODY_AREA_LABELS[area]).join(", ")}` : "";
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#f7f3ec", color: "#1f2a24", padding: "72px" }}>
        <div style={{ display: "flex", fontSize: 32, color: "#8a3a22" }}>Free guided routine</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 84, lineHeight: 1.05, maxWidth: 1000 }}>{title}</div>
          <div style={{ marginTop: 24, fontSize: 36, color: "#44534a" }}>{detail}</div>
        </div>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", fontSize: 32 }}>
          <span>{coach?.name ?? ""}</span>
          <span style={{ background: "#4f6b4a", color: "#fcfaf6", borderRadius: 999, padding: "12px 32px" }}>Start with the timer</span>
        </div>
      </div>
    ),
    size,
  );
}
