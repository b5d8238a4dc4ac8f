import { LibraryPage, libraryMetadata } from "@/app/(site)/routines/_components/library-page";
import { renderingAtBuild } from "@/lib/platform/cache/build-placeholder.mjs";
import { NO_FILTERS } from "@/lib/routines/filter";

// The unfiltered library: built as a placeholder (the build has no database), rendered on the
// first request, then served from the cache until a routine changes (docs/decisions/0003).
// Filtered views are rewritten to app/(site)/per-request/routines (lib/platform/cache/per-request-routes.ts).
// PUBLIC_REVALIDATE_SECONDS (lib/platform/cache/tags.ts): an hourly backstop behind tag revalidation.
export const revalidate = 3600;

export const metadata = libraryMetadata;

export default async function RoutineLibraryPage() {
  if (renderingAtBuild()) return null;
  return <LibraryPage filters={NO_FILTERS} />;
}
