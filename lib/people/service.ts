import { reflectionsOfUser } from "@/lib/course/public";
import type { Database } from "@/db/connect";
import type { EmailService } from "@/lib/email/service";
import { erasePerson, type ErasedBy, type ErasureSummary } from "@/lib/privacy/public";
import { ERASURE_LINK_MINUTES, erasureToken, verifyErasureToken } from "@/lib/privacy/erasure-token";
import { personalDataExport, type PersonalDataExport } from "@/lib/privacy/export";
import type { PeopleFilter } from "./filters";
import { freshFor } from "@/lib/platform/cache/fresh-for";
import { countRoles, countTallied, findPerson, findPersonByEmail, insertNote, listPeople, personIdsByEmail, searchPeople } from "./people-queries";
import { loadPersonGlance, loadPersonRecords } from "./records-queries";

export interface PeopleServiceDeps {
  db: Database;
  email: Pick<EmailService, "sendEmail">;
  appUrl: string;
  secret: string;
  coachName: () => Promise<string>;
  /** Addresses that run the back office: never erased from it. */
  adminEmails: readonly string[];
  /** Told when an erasure removed bookings, so cached free times refresh. */
  onBusyTimesChanged?: () => void;
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

export type EraseOutcome = { ok: true; summary: ErasureSummary } | { ok: false; error: string };

/** The coach's view of everyone, and each person's own rights over their data. */
export function createPeopleService(deps: PeopleServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const roleCounts = freshFor(() => countRoles(deps.db, now()), deps.roleCountsMaxAgeMs ?? 10_000, () => now().getTime());

  async function erase(email: string, by: ErasedBy): Promise<EraseOutcome> {
    const address = email.trim().toLowerCase();
    if (deps.adminEmails.includes(address)) {
      return { ok: false, error: "This address runs the back office. Remove it from ADMIN_EMAILS first, then erase it." };
    }
    const summary = await deps.db.transaction((tx) => erasePerson(tx, { email: address, by, now: now() }));
    roleCounts.clear();
    if (summary.bookings > 0) deps.onBusyTimesChanged?.();
    return { ok: true, summary };
  }

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

    /** Everything held about an address, as the documented JSON (docs/privacy-export.md). */
    /**
     * The data download. Course reflections are the learner's private writing: they are in the
     * download a person makes for themselves, never in the one the coach makes for them.
     */
    async exportData(email: string, by: "person" | "coach" = "coach"): Promise<PersonalDataExport> {
      const person = await findPersonByEmail(deps.db, email);
      const records = await loadPersonRecords(deps.db, { email, personId: person?.id ?? null });
      const reflections = by === "person" && records.user ? await reflectionsOfUser(deps.db, records.user.id) : null;
      return personalDataExport(records, now(), reflections);
    },

    /** The coach erases someone from their page. */
    eraseByCoach: (email: string) => erase(email, "coach"),

    /** A signed-in person asks to be erased: a link goes to their mailbox; nothing changes yet. */
    async requestErasure(email: string): Promise<void> {
      const token = erasureToken(email, now(), deps.secret);
      await deps.email.sendEmail({
        to: email,
        template: "erasure-confirm",
        props: { coachName: await deps.coachName(), url: `${deps.appUrl}/account/erase?token=${encodeURIComponent(token)}`, expiresInMinutes: ERASURE_LINK_MINUTES },
      });
    },

    /** Reads a link from that email without acting on it (the page asks once more). */
    checkErasureLink: (token: string) => verifyErasureToken(token, now(), deps.secret),

    /** The person confirmed on the page the link opened. */
    async confirmErasure(token: string): Promise<EraseOutcome> {
      const check = verifyErasureToken(token, now(), deps.secret);
      if (!check.ok) return { ok: false, error: check.reason === "expired" ? "This link has expired. Ask for a new one from your account page." : "This link is not valid." };
      return erase(check.email, "person");
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
