import { PersonLink } from "@/app/admin/person-link";
import Link from "next/link";
import { z } from "zod";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { EMAIL_STATUSES } from "@/lib/email/service";
import { pageCursorParam, pageCursorSchema } from "@/lib/platform/validation/page-cursor";
import { StatusBadge } from "./status-badge";
import { AdminTable } from "@/app/_ui/admin-table";
import { adminTitle } from "@/app/admin/admin-title";
import { PageLinks } from "@/app/_ui/page-links";

export const generateMetadata = adminTitle("Emails");

const statusFilter = z.enum(EMAIL_STATUSES).optional().catch(undefined);
const FILTERS = [undefined, ...EMAIL_STATUSES] as const;

const PAGE_SIZE = 50;
const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function EmailsPage({ searchParams }: PageProps<"/admin/emails">) {
  await requireAdmin();
  const params = await searchParams;
  const status = statusFilter.parse(params.status);
  const before = pageCursorSchema.parse(params.before);
  // One more than a page, to know whether there are older ones.
  const fetched = await (await services()).email.outbox({ status, limit: PAGE_SIZE + 1, before });
  const messages = fetched.slice(0, PAGE_SIZE);
  const last = messages.at(-1);
  const olderHref =
    fetched.length > PAGE_SIZE && last ? `/admin/emails?${new URLSearchParams({ ...(status ? { status } : {}), before: pageCursorParam(last.createdAt, last.id) })}` : null;
  const personIds = await (await services()).people.idsByEmail(messages.map((message) => message.toAddress));
  return (
    <>
      <h1 className="text-4xl">Emails</h1>
      <p className="mt-2 text-ink-muted">Every message the site has sent or is about to send, newest first. Times in UTC.</p>
      <nav aria-label="Filter by status" className="mt-6 flex flex-wrap gap-2">
        {FILTERS.map((filter) => {
          const active = filter === status;
          return (
            <Link
              key={filter ?? "all"}
              href={filter ? `/admin/emails?status=${filter}` : "/admin/emails"}
              aria-current={active ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-full border px-4 capitalize ${active ? "border-moss bg-moss text-on-moss" : "border-line hover:bg-sand"}`}
            >
              {filter ?? "All"}
            </Link>
          );
        })}
      </nav>
      {messages.length === 0 ? (
        <p className="mt-8 text-ink-muted">No messages{status ? ` with status “${status}”` : ""}.</p>
      ) : (
        <AdminTable label="Emails" columns={["To", "Subject", "Status", "Tries", "Created"]} minWidth="40rem">
              {messages.map((message) => (
                <tr key={message.id} className="border-b border-line/60 last:border-0">
                  <td className="px-4 py-3"><PersonLink email={message.toAddress} ids={personIds} /></td>
                  <td className="px-4 py-3">
                    <Link href={`/admin/emails/${message.id}`} prefetch={false} className="font-semibold underline-offset-4 hover:underline">
                      {message.subject}
                    </Link>
                    {message.lastError && message.status !== "sent" ? (
                      <p className="mt-0.5 text-danger">{message.lastError}</p>
                    ) : null}
                  </td>
                  <td className="px-4 py-3">
                    <StatusBadge status={message.status} />
                    {message.deliveryStatus ? <p className="mt-1 text-sm text-ink-muted">Provider: {message.deliveryStatus}</p> : null}
                  </td>
                  <td className="px-4 py-3">{message.attempts}</td>
                  <td className="px-4 py-3 whitespace-nowrap">{when.format(message.createdAt)}</td>
                </tr>
              ))}
            </AdminTable>
      )}
      <PageLinks
        label="Pages of emails"
        newer={before ? { href: status ? `/admin/emails?status=${status}` : "/admin/emails", text: "← Newest" } : null}
        older={olderHref ? { href: olderHref, text: "Older →" } : null}
      />
    </>
  );
}
