import { PersonLink } from "@/app/admin/person-link";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { StatusBadge } from "../status-badge";
import { RetryForm } from "./retry-form";
import { adminTitle } from "@/app/admin/admin-title";

export const generateMetadata = adminTitle("Email");

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export default async function EmailPage({ params }: PageProps<"/admin/emails/[id]">) {
  await requireAdmin();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const { email, broadcasts, people } = await services();
  const stored = await email.message(id.data);
  if (!stored) notFound();
  const [message] = await broadcasts.withLetterContent([stored]);
  if (!message) notFound();
  const personIds = await people.idsByEmail([message.toAddress]);
  return (
    <>
      <p>
        <Link href="/admin/emails" className="text-ink-muted underline underline-offset-4 hover:text-ink">
          ← All emails
        </Link>
      </p>
      <h1 className="mt-3 text-3xl">{message.subject}</h1>
      <dl className="mt-6 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-ink-muted">Status</dt>
        <dd><StatusBadge status={message.status} /></dd>
        <dt className="text-ink-muted">To</dt>
        <dd><PersonLink email={message.toAddress} ids={personIds} /></dd>
        <dt className="text-ink-muted">From</dt>
        <dd>{message.fromAddress}</dd>
        <dt className="text-ink-muted">Kind and template</dt>
        <dd>{message.kind} · {message.template}</dd>
        <dt className="text-ink-muted">Tries</dt>
        <dd>{message.attempts}</dd>
        <dt className="text-ink-muted">Created (UTC)</dt>
        <dd>{when.format(message.createdAt)}</dd>
        {message.sentAt ? (<><dt className="text-ink-muted">Sent (UTC)</dt><dd>{when.format(message.sentAt)}</dd></>) : null}
        {message.lastError ? (<><dt className="text-ink-muted">Last error</dt><dd className="text-danger">{message.lastError}</dd></>) : null}
        {Object.keys(message.headers).length ? (
          <>
            <dt className="text-ink-muted">Headers</dt>
            <dd className="font-mono text-xs">
              {Object.entries(message.headers).map(([name, value]) => (
                <div key={name}>{name}: {value}</div>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      {message.status === "failed" ? (
        <div className="mt-6">
          <RetryForm id={message.id} />
        </div>
      ) : null}
      <h2 className="mt-10 text-2xl">As the reader sees it</h2>
      {/* Sandboxed with no permissions: the stored HTML can never run script in the back office. */}
      <iframe title={`Email: ${message.subject}`} sandbox="" srcDoc={message.html} className="mt-4 h-[36rem] w-full rounded-2xl border border-line bg-white" />
      <h2 className="mt-10 text-2xl">Plain-text version</h2>
      <pre className="mt-4 whitespace-pre-wrap rounded-2xl border border-line bg-surface p-4 text-sm">{message.text}</pre>
    </>
  );
}
