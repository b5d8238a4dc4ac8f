import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { devToolsEnabled } from "@/lib/platform/env";
import { extractLinks } from "@/lib/email/links";
import { services } from "@/lib/composition/web";
import { simulateDeliveryEvent } from "./actions";

export const metadata: Metadata = { title: "Local mailbox", robots: { index: false } };
export const dynamic = "force-dynamic";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/**
 * Development and e2e only: every stored message, newest first. A live site answers 404, so it can
 * never leak anyone's sign-in link.
 */
export default async function MailboxPage({ searchParams }: PageProps<"/dev/mailbox">) {
  if (!devToolsEnabled()) notFound();
  const { to } = await searchParams;
  const address = typeof to === "string" && to.trim() ? to.trim() : undefined;
  const { email, broadcasts } = await services();
  const messages = await broadcasts.withLetterContent(await email.mailbox(address));
  return (
    <main id="main" className="mx-auto max-w-4xl px-5 py-10">
      <p className="inline-block rounded-full bg-clay-soft px-3 py-1 text-sm font-semibold text-clay">Development only</p>
      <h1 className="mt-3 text-4xl">Local mailbox</h1>
      <p className="mt-2 text-ink-muted">
        Without <code>RESEND_API_KEY</code>, email stays on this machine. {address ? `Showing mail to ${address}.` : "Newest first."}
      </p>
      <form className="mt-6 flex flex-wrap items-end gap-3">
        <label className="block">
          <span className="block font-semibold">Only mail to</span>
          <input name="to" type="text" defaultValue={address ?? ""} className="mt-1.5 rounded-xl border border-line bg-surface px-4 py-2.5" />
        </label>
        <button type="submit" className="min-h-11 rounded-full border border-line px-5 hover:bg-sand">
          Filter
        </button>
      </form>
      {messages.length === 0 ? <p className="mt-8 text-ink-muted">No messages yet.</p> : null}
      <ol className="mt-8 space-y-6">
        {messages.map((message) => (
          <li key={message.id}>
            <article aria-label={message.subject} className="rounded-3xl border border-line bg-surface p-5" data-to={message.toAddress}>
              <h2 className="text-xl">{message.subject}</h2>
              <p className="mt-1 text-sm text-ink-muted">
                To {message.toAddress} · from {message.fromAddress} · {when.format(message.createdAt)} UTC · {message.status}
                {message.deliveryStatus ? ` · provider: ${message.deliveryStatus}` : ""}
              </p>
              {message.providerMessageId ? (
                <form action={simulateDeliveryEvent} className="mt-3 flex flex-wrap items-center gap-2 text-sm" aria-label={`Simulate the provider for ${message.toAddress}`}>
                  <input type="hidden" name="id" value={message.id} />
                  <span className="font-semibold">The provider reports:</span>
                  {(["delivered", "delayed", "soft-bounce", "hard-bounce", "complaint"] as const).map((event) => (
                    <button key={event} type="submit" name="event" value={event} className="min-h-9 rounded-full border border-line px-3 hover:bg-sand">
                      {event.replace("-", " ")}
                    </button>
                  ))}
                </form>
              ) : null}
              <ul className="mt-3 space-y-1 text-sm" aria-label="Links in this message">
                {extractLinks(message.html).map((link) => (
                  <li key={link}>
                    <a href={link} className="break-all text-moss-strong underline underline-offset-4">
                      {link}
                    </a>
                  </li>
                ))}
              </ul>
              {message.attachments.length ? (
                <ul className="mt-2 space-y-1 text-sm" aria-label="Attachments">
                  {message.attachments.map((attachment, index) => (
                    <li key={attachment.filename}>
                      <a href={`/dev/mailbox/${message.id}/attachments/${index}`} className="underline underline-offset-4">
                        📎 {attachment.filename}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
              <details className="mt-3">
                <summary className="cursor-pointer text-sm font-semibold">Show the message</summary>
                <iframe title={message.subject} sandbox="" srcDoc={message.html} className="mt-3 h-[30rem] w-full rounded-2xl border border-line bg-white" />
              </details>
            </article>
          </li>
        ))}
      </ol>
    </main>
  );
}
