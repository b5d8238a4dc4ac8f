import type { BodyArea } from "./taxonomy";

interface Relatable {
  slug: string;
  bodyAreas: readonly BodyArea[];
}

/** Other routines that share the most body areas with this one, best first; ties keep list order. */
export function relatedRoutines<T extends Relatable>(routine: Relatable, all: readonly T[], limit = 3): T[] {
  return all
    .filter((other) => other.slug !== routine.slug)
    .map((other, index) => ({ other, index, shared: other.bodyAreas.filter((area) => routine.bodyAreas.includes(area)).length }))
    .filter((entry) => entry.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.other);
}
