"use client";

/** "How tense do you feel?" as eleven large radio buttons, 0 to 10, easy to hit with a thumb. */
export function TensionScale({ legend, value, onChange, name }: { legend: string; value: number | null; onChange: (value: number) => void; name: string }) {
  return (
    <fieldset>
      <legend className="font-serif text-2xl sm:text-3xl">{legend}</legend>
      <p className="mt-1 text-ink-muted">0 is completely at ease, 10 is as tense as you can be.</p>
      <div className="mt-5 grid grid-cols-6 gap-2 sm:grid-cols-11">
        {Array.from({ length: 11 }, (_, level) => {
          const checked = value === level;
          return (
            <label
              key={level}
              className={`flex min-h-12 cursor-pointer items-center justify-center rounded-2xl border text-lg font-semibold has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[var(--focus)] ${checked ? "border-moss bg-moss text-on-moss" : "border-line bg-surface hover:bg-sand"}`}
            >
              <input type="radio" name={name} value={level} checked={checked} onChange={() => onChange(level)} className="sr-only" />
              {level}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
