import Link from "next/link";
import { buttonClasses } from "@/app/_ui/button-link";
import { Notice } from "@/app/_ui/notice";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { FollowUpForm, WelcomeForm } from "./welcome-form";
import { removeFollowUp } from "./actions";
import { adminTitle } from "@/app/admin/admin-title";

export const generateMetadata = adminTitle("Newsletter");

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const STATUS = { draft: "Draft", scheduled: "Scheduled", sending: "Sending", sent: "Sent", failed: "Sending stopped" } as const;

export default async function BroadcastsPage({ searchParams }: PageProps<"/admin/broadcasts">) {
  await requireAdmin();
  const { notice } = await searchParams;
  const { broadcasts, newsletter } = await services();
  const [letters, welcome, followUps] = await Promise.all([broadcasts.list(), newsletter.welcome(), newsletter.followUps()]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-4xl">Newsletter</h1>
        <Link href="/admin/broadcasts/new" className={buttonClasses("primary")}>
          Write a new letter
        </Link>
      </div>
      {typeof notice === "string" ? (
        <div className="mt-4">
          <Notice tone="success" live>
            {notice.slice(0, 300)}
          </Notice>
        </div>
      ) : null}
      <ul className="mt-6 space-y-3">
        {letters.map((letter) => (
          <li key={letter.id} className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-line bg-surface p-4">
            <div>
              <Link href={`/admin/broadcasts/${letter.id}`} className="font-semibold underline underline-offset-4">
                {letter.subject}
              </Link>
              <p className="text-sm text-ink-muted">
                {STATUS[letter.status]}
                {letter.status === "scheduled" && letter.scheduledFor ? ` for ${when.format(letter.scheduledFor)} UTC` : ""}
                {letter.status === "sent" || letter.status === "sending" || letter.status === "failed"
                  ? ` · ${letter.sent} sent, ${letter.failed} failed${letter.skipped ? `, ${letter.skipped} left the list` : ""}${letter.waiting ? `, ${letter.waiting} waiting` : ""}`
                  : ""}
                {letter.finishedAt ? ` · ${when.format(letter.finishedAt)} UTC` : ""}
              </p>
              {letter.status === "failed" && letter.lastError ? <p className="mt-1 text-sm text-danger">{letter.lastError}</p> : null}
            </div>
          </li>
        ))}
      </ul>
      {letters.length === 0 ? <p className="mt-6 text-ink-muted">No letters yet.</p> : null}
      <p className="mt-4">
        <Link href="/newsletter/archive" className="underline underline-offset-4">
          Public archive
        </Link>
      </p>
      <section aria-labelledby="welcome-heading" className="mt-10 rounded-3xl border border-line bg-surface p-6">
        <h2 id="welcome-heading" className="text-2xl">
          Welcome email
        </h2>
        <p className="mt-1 mb-4 text-ink-muted">What new readers get right after they confirm.</p>
        <WelcomeForm subject={welcome.subject} body={welcome.body} />
      </section>
      <section aria-labelledby="sequence-heading" className="mt-6 rounded-3xl border border-line bg-surface p-6">
        <h2 id="sequence-heading" className="text-2xl">After the welcome</h2>
        <p className="mt-1 text-ink-muted">
          A short series new readers get in the days after they confirm, each with its leave link. It stops when someone leaves or their address
          bounces, and nobody gets a letter twice. Letters you add here go to readers who confirm from now on.
        </p>
        {followUps.length ? (
          <ol className="mt-4 space-y-3">
            {followUps.map((letter) => (
              <li key={letter.id} className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-line p-4">
                <span>
                  <strong>Day {letter.delayDays}</strong> · {letter.subject}
                </span>
                <form action={removeFollowUp}>
                  <input type="hidden" name="id" value={letter.id} />
                  <button type="submit" className="inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm text-danger hover:bg-sand">
                    Remove<span className="sr-only"> day {letter.delayDays}: {letter.subject}</span>
                  </button>
                </form>
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-3 text-ink-muted">Only the welcome so far.</p>
        )}
        <h3 className="mt-6 font-sans text-lg font-semibold">Add a letter</h3>
        <div className="mt-3"><FollowUpForm /></div>
      </section>
    </>
  );
}
