import { PersonLink } from "@/app/admin/person-link";
import Link from "next/link";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/guards";
import { services } from "@/lib/composition/web";
import { EMAIL_STATUSES } from "@/lib/email/service";
import { StatusBadge } from "./status-badge";
import { AdminTable } from "@/app/_ui/admin-table";
import { adminTitle } from "@/app/admin/admin-title";

export const generateMetadata = adminTitle("Emails");

const statusFilter = z.enum(EMAIL_STATUSES).optional().catch(undefined);
const FILTERS = [undefined, ...EMAIL_STATUSES] as const;

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function EmailsPage({ searchParams }: PageProps<"/admin/emails">) {
  await requireAdmin();
  const status = statusFilter.parse((await searchParams).status);
  const messages = await (await services()).email.outbox({ status, limit: 200 });
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
                    <Link href={`/admin/emails/${message.id}`} className="font-semibold underline-offset-4 hover:underline">
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
    </>
  );
}
