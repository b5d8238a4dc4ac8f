import type { Database } from "@/db/connect";
import { loadPersonRecords } from "@/lib/privacy/public";
import type { PeopleFilter } from "./filters";
import { freshFor } from "@/lib/platform/cache/fresh-for";
import { countRoles, countTallied, findPerson, findPersonByEmail, insertNote, listPeople, personIdsByEmail, searchPeople } from "./people-queries";
import { loadPersonGlance } from "./glance-queries";

export interface PeopleServiceDeps {
  db: Database;
  /**
   * How long the filter counts read from other tables (learners, booked, bought, not mailed) are
   * kept: 27 ms of queries at 8,000 guests, on every view of every page of the list. Everyone and
   * readers are exact tallies; a search counts live.
   */
  roleCountsMaxAgeMs?: number;
  now?: () => Date;
}

export type { PersonRow } from "./people-queries";

export const PEOPLE_PAGE_SIZE = 50;
/** The whole timeline shows at most this many of each long list (emails, check-ins, lessons). */
export const TIMELINE_LIMIT = 200;
/**
 * The timeline's first screen. Each list is read one row past it, so the page knows there is more
 * without reading (and rendering) 200 of everything for a person with a long history.
 */
export const TIMELINE_FIRST = 50;
/** Check-ins per routine the coach's chart draws. */
export const CHART_CHECK_INS = 20;

/** The coach's view of everyone: the list, its search and counts, a person's page and notes. */
export function createPeopleService(deps: PeopleServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const roleCounts = freshFor(() => countRoles(deps.db, now()), deps.roleCountsMaxAgeMs ?? 10_000, () => now().getTime());

  return {
    async list(query: { search?: string; filter?: PeopleFilter; page: number }) {
      const at = now();
      const { rows, counts } = query.search
        ? await searchPeople(deps.db, { ...query, search: query.search, pageSize: PEOPLE_PAGE_SIZE }, at)
        : await Promise.all([listPeople(deps.db, { ...query, pageSize: PEOPLE_PAGE_SIZE }, at), countTallied(deps.db), roleCounts.get()]).then(([rows, tallied, roles]) => ({ rows, counts: { ...tallied, ...roles } }));
      const total = query.filter ? counts[query.filter] : counts.all;
      return { rows, counts, total, pageSize: PEOPLE_PAGE_SIZE };
    },

    /**
     * One person, their records for the timeline (its first screen, or up to TIMELINE_LIMIT of each
     * list when `whole`), and the totals and charts that do not depend on how much was read; null
     * for an unknown id.
     */
    async profile(id: string, options: { whole?: boolean } = {}) {
      const person = await findPerson(deps.db, id);
      if (!person) return null;
      const records = await loadPersonRecords(deps.db, { email: person.email, personId: person.id, limit: options.whole ? TIMELINE_LIMIT : TIMELINE_FIRST + 1 });
      const glance = await loadPersonGlance(deps.db, { email: person.email, perRoutine: CHART_CHECK_INS });
      return { person, records, glance };
    },

    find: (id: string) => findPerson(deps.db, id),
    /** address → person id, for linking a list's addresses to their people. */
    idsByEmail: (emails: readonly string[]) => personIdsByEmail(deps.db, emails),
    findByEmail: (email: string) => findPersonByEmail(deps.db, email),

    async addNote(personId: string, body: string): Promise<boolean> {
      if (!(await findPerson(deps.db, personId))) return false;
      await insertNote(deps.db, personId, body, now());
      return true;
    },

    /** An erasure removed someone: the kept counts are read afresh. */
    forgetCounts: () => roleCounts.clear(),
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
