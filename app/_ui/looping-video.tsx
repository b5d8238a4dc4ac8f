"use client";

import { useEffect, useRef } from "react";

/**
 * A step's short video: muted, looping, inline on phones, like a moving picture. It only plays
 * for people who have not asked their device for reduced motion; they see its first frame.
 */
export function LoopingVideo({ src, label, className }: { src: string; label: string; className?: string }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    const reduced = window.matchMedia("(prefers-reduced-motion: reduce)");
    const apply = () => (reduced.matches ? video.pause() : void video.play().catch(() => undefined));
    apply();
    reduced.addEventListener("change", apply);
    return () => reduced.removeEventListener("change", apply);
  }, []);
  return <video ref={ref} src={src} muted loop playsInline preload="metadata" aria-label={label} className={className} />;
}
