import type { MetadataRoute } from "next";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";

// Built per request from the cached coach profile: the build has no database.
export const dynamic = "force-dynamic";

/** Installable on a phone: the routines open full screen from the home screen, like an app. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const coach = await getPublicCoachProfile();
  const name = coach?.name ?? "Movement coach";
  return {
    name: `${name} · routines`,
    short_name: name.length > 12 ? name.split(" ")[0]! : name,
    description: coach?.shortBio ?? "Free body routines with a guided timer.",
    id: "/",
    start_url: "/routines",
    scope: "/",
    display: "standalone",
    background_color: "#f7f3ec",
    theme_color: "#4f6b4a",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
