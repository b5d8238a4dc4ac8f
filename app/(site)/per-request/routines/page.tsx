import { LibraryPage, libraryMetadata } from "@/app/(site)/routines/_components/library-page";
import { parseFilters } from "@/lib/routines/filter";

// Only filtered views reach this page (`/routines?area=…`, `?q=…`, rewritten by next.config.ts):
// they depend on the query string, so they render per request, reading routines from the tagged
// cache without touching the database. The plain library is app/(site)/routines/page.tsx.
export const dynamic = "force-dynamic";

export const metadata = libraryMetadata;

export default async function FilteredRoutinesPage({ searchParams }: PageProps<"/per-request/routines">) {
  return <LibraryPage filters={parseFilters(await searchParams)} />;
}
