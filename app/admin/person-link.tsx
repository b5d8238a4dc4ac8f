import Link from "next/link";

/**
 * An address in a back-office list, linked to that person's page when the site knows them (an
 * erased person's placeholder, or mail to a stranger, stays plain text).
 */
export function PersonLink({ email, ids, className = "" }: { email: string | null; ids: ReadonlyMap<string, string>; className?: string }) {
  if (!email) return <>—</>;
  const id = ids.get(email.toLowerCase());
  if (!id) return <span className={className}>{email}</span>;
  return (
    <Link href={`/admin/people/${id}`} prefetch={false} className={`text-moss-strong underline underline-offset-4 ${className}`}>
      {email}
    </Link>
  );
}
