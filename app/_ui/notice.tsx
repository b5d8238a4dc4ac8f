import { CircleAlert, CircleCheck, Info } from "lucide-react";
import type { ReactNode } from "react";

const tones = {
  success: { icon: CircleCheck, classes: "border-success/40 text-success", label: "Done" },
  error: { icon: CircleAlert, classes: "border-danger/40 text-danger", label: "Problem" },
  info: { icon: Info, classes: "border-line text-ink", label: "Note" },
} as const;

/** A message with an icon and a word, so meaning never rests on colour alone. */
export function Notice({ tone, children, live = false }: { tone: keyof typeof tones; children: ReactNode; live?: boolean }) {
  const { icon: Icon, classes, label } = tones[tone];
  return (
    <div role={live ? (tone === "error" ? "alert" : "status") : undefined} className={`flex gap-3 rounded-2xl border bg-surface px-4 py-3 ${classes}`}>
      <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <div className="text-ink">
        <span className="sr-only">{label}: </span>
        {children}
      </div>
    </div>
  );
}
