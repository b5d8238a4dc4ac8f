import { z } from "zod";
import { BODY_AREA_LABELS, BODY_AREAS, EQUIPMENT, type BodyArea, type Equipment } from "./taxonomy";

/** The time choices the library offers: "up to N minutes". */
export const TIME_LIMITS = [2, 5, 10] as const;
export type TimeLimit = (typeof TIME_LIMITS)[number];

export interface RoutineFilters {
  areas: BodyArea[];
  /** A piece of equipment, or "none" for routines that need nothing. */
  equipment: Equipment | "none" | null;
  maxMinutes: TimeLimit | null;
  query: string;
}

export const NO_FILTERS: RoutineFilters = { areas: [], equipment: null, maxMinutes: null, query: "" };

export interface FilterableRoutine {
  title: string;
  summary: string;
  bodyAreas: readonly BodyArea[];
  equipment: readonly Equipment[];
  totalSeconds: number;
}

const many = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/**
 * Reads filters from a query string (`?area=feet&area=calves&equipment=none&time=3&q=ball`).
 * Links are shared and typed by hand, so anything unknown is dropped rather than refused.
 */
export function parseFilters(params: Record<string, string | string[] | undefined>): RoutineFilters {
  const areas = many(params.area).filter((area): area is BodyArea => (BODY_AREAS as readonly string[]).includes(area));
  const equipment = z.enum([...EQUIPMENT, "none"]).safeParse(params.equipment);
  const time = z.coerce.number().pipe(z.union(TIME_LIMITS.map((limit) => z.literal(limit)))).safeParse(params.time);
  const query = typeof params.q === "string" ? params.q.trim().slice(0, 100) : "";
  return {
    areas: [...new Set(areas)],
    equipment: equipment.success ? equipment.data : null,
    maxMinutes: time.success ? (time.data as TimeLimit) : null,
    query,
  };
}

/** The query string for a set of filters, in a stable order so equal filters share one URL. */
export function filtersToSearch(filters: RoutineFilters): string {
  const params = new URLSearchParams();
  for (const area of [...filters.areas].sort()) params.append("area", area);
  if (filters.equipment) params.set("equipment", filters.equipment);
  if (filters.maxMinutes) params.set("time", String(filters.maxMinutes));
  if (filters.query) params.set("q", filters.query);
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function matchesFilters(routine: FilterableRoutine, filters: RoutineFilters): boolean {
  if (filters.areas.length && !filters.areas.some((area) => routine.bodyAreas.includes(area))) return false;
  if (filters.equipment === "none" && routine.equipment.length > 0) return false;
  if (filters.equipment && filters.equipment !== "none" && !routine.equipment.includes(filters.equipment)) return false;
  // The same minutes the card shows: a routine labelled "1 min" is in "up to 1 min".
  if (filters.maxMinutes && routine.totalSeconds > filters.maxMinutes * 60) return false;
  if (filters.query) {
    const haystack = [routine.title, routine.summary, ...routine.bodyAreas.map((area) => BODY_AREA_LABELS[area])].join(" ").toLowerCase();
    if (!filters.query.toLowerCase().split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

export function applyFilters<T extends FilterableRoutine>(routines: readonly T[], filters: RoutineFilters): T[] {
  return routines.filter((routine) => matchesFilters(routine, filters));
}

export function hasFilters(filters: RoutineFilters): boolean {
  return filters.areas.length > 0 || filters.equipment !== null || filters.maxMinutes !== null || filters.query !== "";
}
