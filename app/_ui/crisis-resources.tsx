import { LifeBuoy } from "lucide-react";

/** Shown wherever the course talks about safety: the sales page and the acknowledgement. */
export function CrisisResources({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="rounded-3xl border border-clay/40 bg-clay-soft/50 p-5">
      <Heading className="flex items-center gap-2 text-xl">
        <LifeBuoy aria-hidden="true" className="size-5 shrink-0 text-clay" />
        If you are in crisis
      </Heading>
      <p className="mt-2 text-ink-muted">
        This course is not therapy and not emergency care. If you might harm yourself or someone else, or you feel unsafe
        right now, please contact people who can help today:
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-ink-muted">
        <li>Your local emergency number (112 in the EU, 999 in the UK, 911 in the US).</li>
        <li>Germany: Telefonseelsorge, 0800 111 0 111 or 0800 111 0 222, free and around the clock.</li>
        <li>UK and Ireland: Samaritans, 116 123.</li>
        <li>US: call or text 988 (Suicide &amp; Crisis Lifeline).</li>
        <li>Elsewhere: findahelpline.com lists free, confidential lines by country.</li>
      </ul>
    </div>
  );
}
