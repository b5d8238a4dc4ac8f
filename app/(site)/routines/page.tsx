import type { Metadata } from "next";
import { Container } from "@/app/_ui/container";
import { getRoutineCards } from "@/lib/routines/cached";
import { parseFilters } from "@/lib/routines/filter";
import { RoutineLibrary } from "./_components/routine-library";

// Filters come from the query string (so they work without JavaScript); the routines come from
// the tagged cache, so a request renders without touching the database.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Free routines",
  description: "Short, guided body routines for tight hamstrings, a sore back, a stiff neck and a stressed nervous system.",
  alternates: { canonical: "/routines", types: { "application/atom+xml": "/routines/feed.xml" } },
};

export default async function RoutinesPage({ searchParams }: PageProps<"/routines">) {
  const [routines, params] = await Promise.all([getRoutineCards(), searchParams]);
  const filters = parseFilters(params);
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
