import type { Metadata } from "next";
import { Container } from "@/app/_ui/container";
import { getRoutineCards } from "@/lib/composition/public-reads";
import type { RoutineFilters } from "@/lib/routines/filter";
import { RoutineLibrary } from "./routine-library";

export const libraryMetadata: Metadata = {
  title: "Free routines",
  description: "Short, guided body routines for tight hamstrings, a sore back, a stiff neck and a stressed nervous system.",
  alternates: { canonical: "/routines", types: { "application/atom+xml": "/routines/feed.xml" } },
};

/** The routine library, shared by the cached unfiltered page and the per-request filtered one. */
export async function LibraryPage({ filters }: { filters: RoutineFilters }) {
  const routines = await getRoutineCards();
  return (
    <Container className="py-12 sm:py-16">
      <h1 className="text-4xl sm:text-5xl">Free routines</h1>
      <p className="mt-4 max-w-2xl text-lg text-ink-muted">
        A few quiet minutes, a timer that guides you, and nothing to buy. Start where it hurts, or where you have
        time.
      </p>
      <div className="mt-10">
        <RoutineLibrary key={JSON.stringify(filters)} routines={routines} initialFilters={filters} />
      </div>
    </Container>
  );
}
