import { parseFilters } from "@/lib/routines/filter";
import { LibraryPage, libraryMetadata } from "./_components/library-page";

// Only filtered views reach this page (`?area=…`, `?q=…`): they depend on the query string, so they
// render per request, reading routines from the tagged cache without touching the database.
// `/routines` without filters is rewritten to the cached copy (lib/cache/prerendered-routes.ts).
export const dynamic = "force-dynamic";

export const metadata = libraryMetadata;

export default async function FilteredRoutinesPage({ searchParams }: PageProps<"/routines">) {
  return <LibraryPage filters={parseFilters(await searchParams)} />;
}
