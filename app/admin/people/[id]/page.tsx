import Link from "next/link";
import { notFound } from "next/navigation";
import { CheckInChart } from "@/app/_ui/check-in-chart";
import { adminTitle } from "@/app/admin/admin-title";
import { requireAdmin } from "@/app/_auth/guards";
import { summariseCheckIns } from "@/lib/check-ins/summary";
import { services } from "@/lib/composition/web";
import { CHART_CHECK_INS, TIMELINE_FIRST, TIMELINE_LIMIT } from "@/lib/people/service";
import { sourceLabel } from "@/lib/newsletter/source-label";
import { personIdSchema } from "@/lib/people/schema";
import { buildTimeline, displayName, type TimelineKind } from "@/lib/people/timeline";
import { requestTime } from "@/lib/platform/request-time";
import { getRoutineCards } from "@/lib/composition/public-reads";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";
import { liftSuppression } from "@/app/admin/subscribers/actions";
import { describeSuppression } from "@/lib/email/suppression-rules";
import { EraseForm, NoteForm } from "./person-forms";

export const generateMetadata = adminTitle("Person");

const KIND_LABELS: Record<TimelineKind, string> = {
  newsletter: "Newsletter",
  account: "Account",
  practice: "Practice",
  booking: "Call",
  order: "Order",
  course: "Course",
  email: "Email",
  note: "Note",
};

const KIND_DOT: Record<TimelineKind, string> = {
  newsletter: "bg-moss",
  account: "bg-ink-muted",
  practice: "bg-moss-strong",
  booking: "bg-clay",
  order: "bg-ink",
  course: "bg-moss",
  email: "bg-line",
  note: "bg-clay",
};

export default async function PersonPage({ params, searchParams }: PageProps<"/admin/people/[id]">) {
  await requireAdmin();
  const id = personIdSchema.safeParse((await params).id);
  const showAll = (await searchParams).timeline === "all";
  if (!id.success) notFound();
  const [profile, coach, now, routines] = await Promise.all([
    (await services()).people.profile(id.data, { whole: showAll }),
    getPublicCoachProfile(),
    requestTime(),
    getRoutineCards(),
  ]);
  if (!profile) notFound();
  const { person, records, glance } = profile;
  const zone = coach?.timezone ?? "UTC";
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: zone });
  const timeline = buildTimeline(records, {
    now: new Date(now),
    formatWhen: (date) => when.format(date),
    sourceLabel: (source) => sourceLabel(source, (slug) => routines.find((routine) => routine.slug === slug)?.title),
  });
  const name = displayName(records);
  const trends = summariseCheckIns(glance.recentCheckIns, CHART_CHECK_INS);
  const suppressed = records.suppression && !records.suppression.liftedAt && (!records.suppression.until || records.suppression.until > new Date(now));
  const facts = [
    records.subscriber ? `Newsletter: ${records.subscriber.status === "confirmed" ? "reading" : records.subscriber.status === "pending" ? "not confirmed yet" : "unsubscribed"}` : null,
    records.enrollments.length ? `Course: ${records.enrollments.filter((row) => !row.revokedAt).length ? "enrolled" : "access withdrawn"}` : null,
    glance.bookings ? `Calls booked: ${glance.bookings}` : null,
    records.orders.some((order) => order.paidAt) ? "Bought the course" : null,
    glance.checkIns ? `Check-ins: ${glance.checkIns}` : null,
    suppressed ? "Not mailed (bounced or complained)" : null,
  ].filter((fact): fact is string => Boolean(fact));

  return (
    <>
      <p>
        <Link href="/admin/people" className="font-semibold text-moss-strong underline underline-offset-4">
          ← People
        </Link>
      </p>
      <h1 className="mt-3 text-4xl break-words">{name ?? person.email}</h1>
      {name ? <p className="mt-1 text-ink-muted break-words">{person.email}</p> : null}
      <p className="mt-1 text-sm text-ink-muted">First seen {when.format(person.firstSeenAt)}</p>
      {facts.length ? (
        <ul className="mt-4 flex flex-wrap gap-2" aria-label="At a glance">
          {facts.map((fact) => (
            <li key={fact} className="rounded-full bg-sand px-3 py-1 text-sm font-semibold">
              {fact}
            </li>
          ))}
        </ul>
      ) : null}

      {suppressed && records.suppression ? (
        <form action={liftSuppression} className="mt-4 flex flex-wrap items-center gap-3 rounded-2xl border border-clay/50 bg-surface p-4">
          <p className="min-w-0 flex-1 text-sm">
            Letters and welcome mail skip this address since {when.format(records.suppression.suppressedAt)}: {describeSuppression(records.suppression)}
            {records.suppression.detail ? ` (“${records.suppression.detail}”)` : ""}. Lift it when they tell you their mailbox works again.
          </p>
          <input type="hidden" name="address" value={person.email} />
          <input type="hidden" name="back" value={`/admin/people/${person.id}`} />
          <button type="submit" className="inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm font-semibold hover:bg-sand">
            Mail them again
          </button>
        </form>
      ) : null}

      {/* On a phone the note comes first (it is what the coach opens this page for mid-call); on a
          wide screen the timeline fills the left column and the tools stand beside it. */}
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:grid-rows-[auto_auto_1fr]">
        <section aria-labelledby="note-heading" className="rounded-3xl border border-line bg-surface p-5 lg:col-start-2 lg:row-start-1">
          <h2 id="note-heading" className="text-xl">
            Add a private note
          </h2>
          <p className="mt-1 text-sm text-ink-muted">Only you see notes. They are part of this person&apos;s data if they ask for it.</p>
          <div className="mt-4">
            <NoteForm personId={person.id} />
          </div>
        </section>

        <div className="lg:col-start-1 lg:row-span-3 lg:row-start-1">
          {trends.length ? (
            <section aria-labelledby="trends-heading">
              <h2 id="trends-heading" className="text-2xl">
                How practice feels
              </h2>
              <div className="mt-4 grid gap-4 sm:grid-cols-2">
                {trends.map((summary) => (
                  <CheckInChart key={summary.slug} summary={summary} reader="coach" />
                ))}
              </div>
            </section>
          ) : null}

          <section aria-labelledby="timeline-heading" className={trends.length ? "mt-10" : ""}>
            <h2 id="timeline-heading" className="text-2xl">
              Timeline
            </h2>
            <p className="mt-1 text-sm text-ink-muted">
              Newest first, in your time zone.{showAll ? ` Long lists show their latest ${TIMELINE_LIMIT}.` : ""}
            </p>
            {timeline.length ? (
              <ol aria-label="Timeline" className="mt-5 space-y-0">
                {(showAll ? timeline : timeline.slice(0, TIMELINE_FIRST)).map((entry) => (
                  <li key={entry.id} className="tl-entry">
                    <span aria-hidden="true" className={`tl-dot ${KIND_DOT[entry.kind]}`} />
                    <p className="tl-meta">
                      <b>{KIND_LABELS[entry.kind]}</b> · <time dateTime={entry.at.toISOString()}>{when.format(entry.at)}</time>
                    </p>
                    <p className={entry.attention ? "tl-title text-danger" : "tl-title"}>
                      {entry.attention ? <span className="sr-only">Needs attention: </span> : null}
                      {entry.title}
                    </p>
                    {entry.details.map((detail, index) => (
                      <p key={index} className={entry.kind === "note" ? "tl-note" : "tl-detail"}>
                        {detail}
                      </p>
                    ))}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="mt-3 text-ink-muted">Nothing yet.</p>
            )}
            {!showAll && timeline.length > TIMELINE_FIRST ? (
              <p className="mt-6">
                <Link href={`/admin/people/${person.id}?timeline=all#timeline-heading`} prefetch={false} className="inline-flex min-h-11 items-center font-semibold text-moss-strong underline underline-offset-4">
                  Show older entries
                </Link>
              </p>
            ) : null}
          </section>
        </div>

        <section aria-labelledby="data-heading" className="rounded-3xl border border-line bg-surface p-5 lg:col-start-2 lg:row-start-2">
          <h2 id="data-heading" className="text-xl">
            Their data
          </h2>
          <p className="mt-1 text-sm text-ink-muted">When someone asks what you hold about them, send them this file.</p>
          <a href={`/admin/people/${person.id}/export`} className="mt-3 inline-flex min-h-11 items-center rounded-full border border-line px-4 font-semibold hover:bg-sand" download>
            Download their data (JSON)
          </a>
        </section>

        <section aria-labelledby="erase-heading" className="self-start rounded-3xl border border-danger/40 bg-surface p-5 lg:col-start-2 lg:row-start-3">
          <h2 id="erase-heading" className="text-xl">
            Erase this person
          </h2>
          <p className="mt-1 text-sm text-ink-muted">
            Removes their account, check-ins, course progress, bookings, newsletter subscription, notes and the emails sent to them. Orders stay for
            your accounts with the address replaced. A later import cannot bring the address back. This cannot be undone.
          </p>
          <div className="mt-4">
            <EraseForm personId={person.id} email={person.email} />
          </div>
        </section>
      </div>
    </>
  );
}
