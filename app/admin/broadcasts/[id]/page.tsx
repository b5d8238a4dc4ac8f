import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { cancelScheduledBroadcast, deleteDraftBroadcast, resumeBroadcast, scheduleBroadcast, sendBroadcastNow, sendTestBroadcast } from "../actions";
import { BroadcastForm } from "../broadcast-form";
import { adminTitle } from "@/app/admin/admin-title";

export const generateMetadata = adminTitle("Letter");

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function BroadcastPage({ params, searchParams }: PageProps<"/admin/broadcasts/[id]">) {
  const admin = await requireAdmin();
  const { id } = await params;
  const { notice, error } = await searchParams;
  const { broadcasts: service, routines: routineService, subscribers, site } = await services();
  const letter = (await service.list()).find((entry) => entry.id === id);
  if (!letter) notFound();
  const editable = letter.status === "draft" || letter.status === "scheduled";
  const [preview, routines, sources, profile] = await Promise.all([
    service.preview(id),
    routineService.listPublished(),
    subscribers.confirmedBySource(),
    site.profile(),
  ]);

  return (
    <>
      <p>
        <Link href="/admin/broadcasts" className="text-ink-muted underline underline-offset-4">← Newsletter</Link>
      </p>
      <h1 className="mt-2 text-4xl">{letter.subject}</h1>
      <div className="mt-4 space-y-2" aria-live="polite">
        {typeof notice === "string" ? <Notice tone="success">{notice.slice(0, 300)}</Notice> : null}
        {typeof error === "string" ? <Notice tone="error">{error.slice(0, 300)}</Notice> : null}
      </div>

      {letter.status === "failed" ? (
        <section aria-labelledby="stopped-heading" className="mt-6 rounded-3xl border border-danger/40 bg-surface p-6">
          <h2 id="stopped-heading" className="text-2xl">Sending stopped</h2>
          <p className="mt-2">
            {letter.sent} of {letter.recipientCount ?? 0} readers have this letter. The rest were not sent, because sending kept failing.
          </p>
          {letter.lastError ? <p className="mt-2 text-danger">{letter.lastError}</p> : null}
          <form action={resumeBroadcast} className="mt-4">
            <input type="hidden" name="id" value={id} />
            <SubmitButton pendingLabel="Starting …">Try sending the rest again</SubmitButton>
          </form>
        </section>
      ) : null}

      {letter.status === "sending" || letter.status === "sent" || letter.status === "failed" ? (
        <section aria-labelledby="progress-heading" className="mt-6 rounded-3xl border border-line bg-surface p-6">
          <h2 id="progress-heading" className="text-2xl">{letter.status === "sent" ? "Sent" : letter.status === "failed" ? "Progress" : "Sending …"}</h2>
          {letter.status === "sending" ? <meta httpEquiv="refresh" content="5" /> : null}
          <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-4">
            {[
              ["Recipients", letter.recipientCount ?? 0],
              ["Sent", letter.sent],
              ["Failed", letter.failed],
              ["Waiting", letter.waiting],
            ].map(([label, value]) => (
              <div key={label}>
                <dt className="text-sm text-ink-muted">{label}</dt>
                <dd className="font-serif text-3xl">{value}</dd>
              </div>
            ))}
          </dl>
          {letter.failed ? (
            <p className="mt-4">
              <Link href="/admin/emails?status=failed" className="underline underline-offset-4">See the failed messages</Link>
            </p>
          ) : null}
          {letter.slug && letter.status === "sent" ? (
            <p className="mt-4">
              <Link href={`/newsletter/archive/${letter.slug}`} className="underline underline-offset-4">Web version in the archive</Link>
              {letter.finishedAt ? <span className="text-ink-muted"> · finished {when.format(letter.finishedAt)} UTC</span> : null}
            </p>
          ) : null}
        </section>
      ) : null}

      {editable ? (
        <section aria-labelledby="edit-heading" className="mt-6 rounded-3xl border border-line bg-surface p-6">
          <h2 id="edit-heading" className="mb-4 text-2xl">Write</h2>
          <BroadcastForm
            values={{ id, subject: letter.subject, preheader: letter.preheader, body: letter.body, routineSlugs: letter.routineSlugs, audienceSource: letter.audienceSource }}
            routines={routines}
            sources={sources}
          />
        </section>
      ) : null}

      {preview ? (
        <section aria-labelledby="preview-heading" className="mt-8">
          <h2 id="preview-heading" className="text-2xl">Preview</h2>
          <p className="mt-1 text-ink-muted">As a reader sees it, on a phone and on a desktop. Each reader&apos;s copy carries their own leave link.</p>
          <div className="mt-4 flex flex-wrap items-start gap-6">
            <figure>
              <figcaption className="mb-2 text-sm font-semibold">Phone (375 px)</figcaption>
              <iframe title="Preview on a phone" sandbox="" srcDoc={preview.html} className="h-[40rem] w-[375px] max-w-full rounded-2xl border border-line bg-white" />
            </figure>
            <figure className="min-w-0 flex-1">
              <figcaption className="mb-2 text-sm font-semibold">Desktop (680 px)</figcaption>
              <iframe title="Preview on a desktop" sandbox="" srcDoc={preview.html} className="h-[40rem] w-[680px] max-w-full rounded-2xl border border-line bg-white" />
            </figure>
          </div>
        </section>
      ) : null}

      {editable ? (
        <section aria-labelledby="send-heading" className="mt-8 space-y-6 rounded-3xl border border-line bg-surface p-6">
          <h2 id="send-heading" className="text-2xl">Send</h2>
          <form action={sendTestBroadcast}>
            <input type="hidden" name="id" value={id} />
            <SubmitButton variant="secondary" pendingLabel="Sending the test …">Send a test to {admin.email}</SubmitButton>
          </form>
          {letter.status === "scheduled" && letter.scheduledFor ? (
            <form action={cancelScheduledBroadcast} className="space-y-2">
              <input type="hidden" name="id" value={id} />
              <p>Scheduled for {when.format(letter.scheduledFor)} UTC.</p>
              <SubmitButton variant="secondary" pendingLabel="Cancelling …">Cancel the schedule</SubmitButton>
            </form>
          ) : null}
          <form action={scheduleBroadcast} className="flex flex-wrap items-end gap-3">
            <input type="hidden" name="id" value={id} />
            <label className="block font-semibold">
              Send later, at ({profile?.timezone ?? "UTC"})
              <input type="datetime-local" name="when" required className="mt-1 block rounded-xl border border-line bg-surface px-3 py-2" />
            </label>
            <SubmitButton variant="secondary" pendingLabel="Scheduling …">Schedule</SubmitButton>
          </form>
          <details className="rounded-2xl border border-moss/40 p-4">
            <summary className="cursor-pointer font-semibold">Send now</summary>
            <form action={sendBroadcastNow} className="mt-3 space-y-3">
              <input type="hidden" name="id" value={id} />
              <p className="text-ink-muted">
                Goes to {letter.audienceSource ? `readers who signed up via ${letter.audienceSource}` : "every confirmed reader"} within a few minutes. It cannot be called back.
              </p>
              <SubmitButton pendingLabel="Starting …">Send it to {letter.audienceSource ? "them" : "everyone"} now</SubmitButton>
            </form>
          </details>
          {letter.status === "draft" ? (
            <details className="rounded-2xl border border-danger/40 p-4">
              <summary className="cursor-pointer font-semibold">Delete this draft</summary>
              <form action={deleteDraftBroadcast} className="mt-3 space-y-3">
                <input type="hidden" name="id" value={id} />
                <p className="text-ink-muted">The draft is gone for good; nobody has received it.</p>
                <SubmitButton variant="danger" pendingLabel="Deleting …">
                  Yes, delete “{letter.subject}”
                </SubmitButton>
              </form>
            </details>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
