import { notFound } from "next/navigation";
import { LibraryPage, libraryMetadata } from "@/app/(site)/routines/_components/library-page";
import { PRERENDERED_VARIANT } from "@/lib/cache/prerendered-routes";
import { NO_FILTERS } from "@/lib/routines/filter";

// Served at "/routines" (no filters) through a rewrite: rendered on the first request, then from
// the cache until a routine changes (docs/decisions/0003).
export const dynamicParams = true;
// PUBLIC_REVALIDATE_SECONDS (lib/cache/tags.ts): an hourly backstop behind tag revalidation.
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

export const metadata = libraryMetadata;

export default async function RoutineLibraryPage({ params }: PageProps<"/cached/routines/[variant]">) {
  if ((await params).variant !== PRERENDERED_VARIANT) notFound();
  return <LibraryPage filters={NO_FILTERS} />;
}
