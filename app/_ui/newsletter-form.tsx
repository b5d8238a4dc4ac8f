import type { ReactNode } from "react";
import { CONSENT_TEXT } from "@/lib/newsletter/schema";

/**
 * A plain HTML form posting to the subscribe endpoint: it works on cached pages and without
 * JavaScript. `source` records where people signed up.
 */
export function NewsletterForm({
  source,
  idPrefix,
  compact = false,
  defaults,
  invalid = false,
}: {
  source: string | ReactNode;
  idPrefix: string;
  compact?: boolean;
  /** What was typed before a refusal, to correct rather than retype. */
  defaults?: { email: string; firstName: string };
  /** The address was refused: marked for assistive technology next to the page's reason. */
  invalid?: boolean;
}) {
  return (
    <form action="/api/newsletter/subscribe" method="post" className="space-y-3">
      {typeof source === "string" ? <input type="hidden" name="source" value={source} /> : source}
      <div aria-hidden="true" className="absolute -left-[9999px]">
        <label>
          Leave this empty
          <input type="text" name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <div className={compact ? "flex flex-wrap gap-2" : "space-y-3"}>
        {compact ? null : (
          <label className="block">
            <span className="block font-semibold">First name (optional)</span>
            <input name="firstName" autoComplete="given-name" defaultValue={defaults?.firstName} className="mt-1.5 block w-full rounded-xl border border-line bg-surface px-4 py-3" />
          </label>
        )}
        <label className={compact ? "min-w-0 flex-1" : "block"}>
          <span className={compact ? "sr-only" : "block font-semibold"}>Your email</span>
          <input
            id={`${idPrefix}-email`}
            name="email"
            type="email"
            required
            autoComplete="email"
            defaultValue={defaults?.email}
            aria-invalid={invalid || undefined}
            placeholder={compact ? "Your email" : undefined}
            className="mt-1.5 block w-full min-w-0 rounded-xl border border-line bg-surface px-4 py-3"
          />
        </label>
        <button type="submit" className={`inline-flex min-h-11 items-center justify-center rounded-full bg-moss px-5 font-semibold text-on-moss hover:bg-moss-strong ${compact ? "mt-1.5" : ""}`}>
          Subscribe
        </button>
      </div>
      <p className="text-sm text-ink-muted">{CONSENT_TEXT}</p>
    </form>
  );
}
