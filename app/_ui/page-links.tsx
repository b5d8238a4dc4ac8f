import Link from "next/link";

const linkClass = "inline-flex min-h-11 items-center font-semibold text-moss-strong underline underline-offset-4";

/**
 * The links under a back-office list that pages by 50: newer on the left, older on the right, an
 * optional summary between. Not prefetched: each is a query the coach may never ask for.
 */
export function PageLinks({ label, newer, older, summary }: { label: string; newer?: { href: string; text: string } | null; older?: { href: string; text: string } | null; summary?: string }) {
  if (!newer && !older) return null;
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center justify-between gap-3">
      {newer ? (
        <Link href={newer.href} prefetch={false} className={linkClass}>
          {newer.text}
        </Link>
      ) : (
        <span />
      )}
      {summary ? <span className="text-sm text-ink-muted">{summary}</span> : null}
      {older ? (
        <Link href={older.href} prefetch={false} className={linkClass}>
          {older.text}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
