import Image from "next/image";
import type { PublicPicture } from "@/lib/composition/public-reads";
import { LoopingVideo } from "./looping-video";

/**
 * An uploaded picture or step video, filling a box the caller sizes (so nothing shifts as it
 * loads). Pictures go through next/image: resized to the widths in `sizes`, WebP where the browser
 * takes it, lazy unless `preload`. The demo seed's SVG drawings are already small and sharp at
 * any size, so they are served as they are.
 */
export function Picture({ picture, sizes, preload = false, className = "" }: { picture: PublicPicture; sizes: string; preload?: boolean; className?: string }) {
  if (picture.kind === "video") return <LoopingVideo src={picture.url} label={picture.alt} className={`absolute inset-0 size-full object-cover ${className}`} />;
  return (
    <Image
      src={picture.url}
      alt={picture.alt}
      fill
      sizes={sizes}
      preload={preload}
      unoptimized={picture.url.endsWith(".svg")}
      className={`object-cover ${className}`}
    />
  );
}
