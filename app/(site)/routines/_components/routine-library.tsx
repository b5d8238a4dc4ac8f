"use client";

import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { RoutineCard } from "@/app/_ui/routine-card";
import type { RoutineCard as RoutineCardData } from "@/lib/composition/public-reads";
import { applyFilters, filtersToSearch, hasFilters, NO_FILTERS, TIME_LIMITS, type RoutineFilters } from "@/lib/routines/filter";
import { BODY_AREA_LABELS, BODY_AREAS, EQUIPMENT, EQUIPMENT_LABELS, type BodyArea } from "@/lib/routines/taxonomy";
import { BodyMap } from "./body-map";

const control = "mt-1.5 block w-full rounded-xl border border-line bg-surface px-4 py-3 text-base";

/**
 * The filters are a plain GET form and plain links, so the library works without JavaScript and
 * every filtered view has a shareable URL. With JavaScript, the same rules run here on the cards
 * the page already has, and the URL is kept in step without a round trip.
 */
export function RoutineLibrary({ routines, initialFilters }: { routines: RoutineCardData[]; initialFilters: RoutineFilters }) {
  const [filters, setFilters] = useState(initialFilters);
  const visible = useMemo(() => applyFilters(routines, filters), [routines, filters]);
  // On a phone the results sit below the map and the filters: after a change, a pill says how many
  // there are and takes you there, until the results come into view.
  const [changed, setChanged] = useState(false);
  const [resultsInView, setResultsInView] = useState(false);
  const resultsRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const results = resultsRef.current;
    if (!results || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        const inView = Boolean(entry?.isIntersecting);
        setResultsInView(inView);
        // Once seen, the pill has done its job until the next change.
        if (inView) setChanged(false);
      },
      { rootMargin: "0px 0px -25% 0px" },
    );
    observer.observe(results);
    return () => observer.disconnect();
  }, []);

  const update = (next: RoutineFilters) => {
    setFilters(next);
    setChanged(true);
    window.history.replaceState(null, "", `/routines${filtersToSearch(next)}`);
  };

  const showResults = () => {
    const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    resultsRef.current?.scrollIntoView({ behavior: reduced ? "auto" : "smooth", block: "start" });
    headingRef.current?.focus({ preventScroll: true });
    setChanged(false);
  };
  const countLabel = visible.length === 1 ? "1 routine" : `${visible.length} routines`;
  const toggledAreas = (area: BodyArea) =>
    filters.areas.includes(area) ? filters.areas.filter((item) => item !== area) : [...filters.areas, area];
  const hrefFor = (area: BodyArea) => `/routines${filtersToSearch({ ...filters, areas: toggledAreas(area) })}`;
  const toggle = (area: BodyArea) => update({ ...filters, areas: toggledAreas(area) });

  return (
    <div className="grid gap-10 lg:grid-cols-[22rem_1fr]">
      <aside aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="text-2xl">Where do you feel it?</h2>
        <p className="mt-1 text-sm text-ink-muted">Tap the body, or choose from the list.</p>
        <div className="mt-4 rounded-3xl border border-line bg-surface p-4">
          <BodyMap selected={filters.areas} hrefFor={hrefFor} onToggle={toggle} />
        </div>
        <ul className="mt-4 flex flex-wrap gap-2" aria-label="Body areas">
          {BODY_AREAS.map((area) => {
            const selected = filters.areas.includes(area);
            return (
              <li key={area}>
                <a
                  href={hrefFor(area)}
                  onClick={(event) => {
                    event.preventDefault();
                    toggle(area);
                  }}
                  aria-pressed={selected}
                  role="button"
                  className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm ${selected ? "border-clay bg-clay-soft font-semibold text-clay" : "border-line hover:bg-sand"}`}
                >
                  {selected ? <span aria-hidden="true">✓&nbsp;</span> : null}
                  {BODY_AREA_LABELS[area]}
                </a>
              </li>
            );
          })}
        </ul>

        <form
          action="/routines"
          method="get"
          className="mt-8 space-y-5"
          onSubmit={(event) => event.preventDefault()}
        >
          {filters.areas.map((area) => (
            <input key={area} type="hidden" name="area" value={area} />
          ))}
          <label className="block">
            <span className="font-semibold">Search</span>
            <input
              type="search"
              name="q"
              value={filters.query}
              onChange={(event) => update({ ...filters, query: event.target.value })}
              placeholder="neck, breath, tennis ball …"
              className={control}
            />
          </label>
          <label className="block">
            <span className="font-semibold">Equipment</span>
            <select
              name="equipment"
              value={filters.equipment ?? ""}
              onChange={(event) => update({ ...filters, equipment: (event.target.value || null) as RoutineFilters["equipment"] })}
              className={control}
            >
              <option value="">Anything I have</option>
              <option value="none">Nothing at all</option>
              {EQUIPMENT.map((item) => (
                <option key={item} value={item}>
                  {EQUIPMENT_LABELS[item]}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend className="font-semibold">Time you have</legend>
            <div className="mt-2 flex flex-wrap gap-2">
              {[null, ...TIME_LIMITS].map((limit) => {
                const checked = filters.maxMinutes === limit;
                return (
                  <label
                    key={limit ?? "any"}
                    className={`inline-flex min-h-11 cursor-pointer items-center rounded-full border px-4 text-sm has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-[var(--focus)] ${checked ? "border-moss bg-moss text-on-moss" : "border-line hover:bg-sand"}`}
                  >
                    <input
                      type="radio"
                      name="time"
                      value={limit ?? ""}
                      checked={checked}
                      onChange={() => update({ ...filters, maxMinutes: limit })}
                      className="sr-only"
                    />
                    {limit ? `Up to ${limit} min` : "Any"}
                  </label>
                );
              })}
            </div>
          </fieldset>
          <noscript>
            <button type="submit" className="min-h-11 rounded-full bg-moss px-6 font-semibold text-on-moss">
              Show routines
            </button>
          </noscript>
        </form>
      </aside>

      <section ref={resultsRef} aria-labelledby="results-heading" className="scroll-mt-24">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 ref={headingRef} id="results-heading" tabIndex={-1} className="text-2xl outline-none" aria-live="polite">
            {countLabel}
            {hasFilters(filters) ? " for you" : ""}
          </h2>
          {hasFilters(filters) ? (
            <Link
              href="/routines"
              onClick={(event) => {
                event.preventDefault();
                update(NO_FILTERS);
              }}
              className="inline-flex min-h-11 items-center font-semibold text-moss-strong underline underline-offset-4"
            >
              Clear filters
            </Link>
          ) : null}
        </div>
        {visible.length === 0 ? (
          <p className="mt-6 rounded-3xl border border-dashed border-line p-6 text-ink-muted">
            Nothing matches all of that yet. Try fewer filters, or{" "}
            <Link href="/consultation" className="font-semibold text-moss-strong underline underline-offset-4">
              book a free consultation
            </Link>{" "}
            and we will find what helps.
          </p>
        ) : (
          <ul className="mt-6 grid gap-5 sm:grid-cols-2">
            {visible.map((routine) => (
              <li key={routine.slug}>
                <RoutineCard routine={routine} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {changed && !resultsInView ? (
        <div className="pointer-events-none fixed inset-x-0 bottom-4 z-30 flex justify-center px-4 lg:hidden">
          <button
            type="button"
            onClick={showResults}
            className="pointer-events-auto inline-flex min-h-12 items-center gap-2 rounded-full bg-moss px-6 font-semibold text-on-moss shadow-lg hover:bg-moss-strong"
          >
            Show {countLabel}
            <span aria-hidden="true">↓</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
