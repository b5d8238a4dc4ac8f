import Image from "next/image";
import type { PublicCoachProfile } from "@/lib/composition/public-reads";

/** The coach's face, round, wherever a visitor decides whether to trust them. */
export function CoachPortrait({ portrait, size }: { portrait: NonNullable<PublicCoachProfile["portrait"]>; size: number }) {
  return (
    <Image
      src={portrait.url}
      alt={portrait.alt}
      width={size}
      height={size}
      sizes={`${size}px`}
      unoptimized={portrait.url.endsWith(".svg")}
      className="shrink-0 rounded-full border-4 border-surface bg-sand object-cover shadow-sm"
      style={{ width: size, height: size }}
    />
  );
}
