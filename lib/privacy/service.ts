import type { Database } from "@/db/connect";
import { reflectionsOfUser } from "@/lib/course/public";
import type { EmailService } from "@/lib/email/service";
import { findPersonByEmail } from "@/lib/people/public";
import { erasePerson } from "./erasure";
import type { ErasedBy, ErasureSummary } from "./erasure-queries";
import { ERASURE_LINK_MINUTES, erasureToken, verifyErasureToken } from "./erasure-token";
import { personalDataExport, type PersonalDataExport } from "./export";
import { loadPersonRecords } from "./records";

export interface PrivacyServiceDeps {
  db: Database;
  email: Pick<EmailService, "sendEmail">;
  appUrl: string;
  secret: string;
  coachName: () => Promise<string>;
  /** Addresses that run the back office: never erased from it. */
  adminEmails: readonly string[];
  /** Told after every erasure, with what it removed (cached counts and free times refresh). */
  onErased?: (summary: ErasureSummary) => void;
  now?: () => Date;
}

export type EraseOutcome = { ok: true; summary: ErasureSummary } | { ok: false; error: string };

/** A person's rights over their data: the download, and erasure by the coach or by themselves. */
export function createPrivacyService(deps: PrivacyServiceDeps) {
  const now = deps.now ?? (() => new Date());

  async function erase(email: string, by: ErasedBy): Promise<EraseOutcome> {
    const address = email.trim().toLowerCase();
    if (deps.adminEmails.includes(address)) {
      return { ok: false, error: "This address runs the back office. Remove it from ADMIN_EMAILS first, then erase it." };
    }
    const summary = await deps.db.transaction((tx) => erasePerson(tx, { email: address, by, now: now() }));
    deps.onErased?.(summary);
    return { ok: true, summary };
  }

  return {
    /**
     * Everything held about an address, as the documented JSON (docs/privacy-export.md). Course
     * reflections are the learner's private writing: they are in the download a person makes for
     * themselves, never in the one the coach makes for them.
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

export type PrivacyService = ReturnType<typeof createPrivacyService>;
