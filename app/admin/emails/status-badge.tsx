import type { EmailStatus } from "@/lib/email/service";

const LOOK: Record<EmailStatus, { label: string; classes: string; mark: string }> = {
  queued: { label: "Queued", classes: "bg-sand text-ink", mark: "…" },
  sending: { label: "Sending", classes: "bg-sand text-ink", mark: "→" },
  sent: { label: "Sent", classes: "bg-success/15 text-success", mark: "✓" },
  failed: { label: "Failed", classes: "bg-danger/15 text-danger", mark: "!" },
  skipped: { label: "Not sent", classes: "bg-sand text-ink-muted", mark: "–" },
};

/** Status as a word and a mark, never colour alone. */
export function StatusBadge({ status }: { status: EmailStatus }) {
  const look = LOOK[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-sm font-semibold ${look.classes}`}>
      <span aria-hidden="true">{look.mark}</span>
      {look.label}
    </span>
  );
}
