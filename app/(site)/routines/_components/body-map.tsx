import type { MouseEvent } from "react";
import { BODY_AREA_LABELS, type BodyArea } from "@/lib/routines/taxonomy";

/**
 * "Where do you feel it?": a front and a back figure whose regions are links, so the map works
 * with a keyboard and without JavaScript; with JavaScript `onToggle` filters instantly.
 */

interface Region {
  area: BodyArea;
  view: "front" | "back";
  shape: { kind: "rect"; x: number; y: number; width: number; height: number; rx: number } | { kind: "ellipse"; cx: number; cy: number; rx: number; ry: number };
}

const REGIONS: Region[] = [
  { area: "jaw", view: "front", shape: { kind: "ellipse", cx: 80, cy: 40, rx: 11, ry: 7 } },
  { area: "shoulders", view: "front", shape: { kind: "rect", x: 44, y: 62, width: 72, height: 16, rx: 8 } },
  { area: "chest-breath", view: "front", shape: { kind: "rect", x: 58, y: 82, width: 44, height: 38, rx: 10 } },
  { area: "hips", view: "front", shape: { kind: "rect", x: 58, y: 124, width: 44, height: 24, rx: 10 } },
  { area: "feet", view: "front", shape: { kind: "rect", x: 56, y: 274, width: 48, height: 16, rx: 8 } },
  { area: "neck", view: "back", shape: { kind: "rect", x: 231, y: 46, width: 18, height: 16, rx: 6 } },
  { area: "upper-back", view: "back", shape: { kind: "rect", x: 218, y: 66, width: 44, height: 44, rx: 10 } },
  { area: "lower-back", view: "back", shape: { kind: "rect", x: 220, y: 112, width: 40, height: 30, rx: 10 } },
  { area: "hamstrings", view: "back", shape: { kind: "rect", x: 220, y: 158, width: 40, height: 52, rx: 10 } },
  { area: "calves", view: "back", shape: { kind: "rect", x: 222, y: 214, width: 36, height: 52, rx: 10 } },
];

function Figure({ cx }: { cx: number }) {
  const x = cx - 80;
  return (
    <g transform={`translate(${x} 0)`} className="fill-sand stroke-ink/40" strokeWidth="1.5">
      <circle cx="80" cy="30" r="17" />
      <rect x="73" y="44" width="14" height="20" rx="5" />
      <rect x="54" y="60" width="52" height="90" rx="22" />
      <rect x="38" y="66" width="13" height="82" rx="6.5" />
      <rect x="109" y="66" width="13" height="82" rx="6.5" />
      <rect x="59" y="140" width="19" height="140" rx="9" />
      <rect x="82" y="140" width="19" height="140" rx="9" />
    </g>
  );
}

export function BodyMap({
  selected,
  hrefFor,
  onToggle,
}: {
  selected: readonly BodyArea[];
  hrefFor: (area: BodyArea) => string;
  onToggle?: (area: BodyArea) => void;
}) {
  const click = (area: BodyArea) => (event: MouseEvent) => {
    if (!onToggle) return;
    event.preventDefault();
    onToggle(area);
  };
  return (
    <div>
      <svg viewBox="0 0 320 300" className="mx-auto w-full max-w-sm" role="group" aria-label="Body map: choose where you feel it">
        <Figure cx={80} />
        <Figure cx={240} />
        <text x="80" y="298" textAnchor="middle" className="fill-ink-muted text-[11px]">Front</text>
        <text x="240" y="298" textAnchor="middle" className="fill-ink-muted text-[11px]">Back</text>
        {REGIONS.map((region) => {
          const isSelected = selected.includes(region.area);
          const label = `${BODY_AREA_LABELS[region.area]}${isSelected ? " (selected)" : ""}`;
          const common = {
            className: `cursor-pointer transition-colors duration-300 ${isSelected ? "fill-[var(--clay)] opacity-80" : "fill-[var(--moss)] opacity-25 hover:opacity-60"}`,
          };
          return (
            <a key={`${region.view}-${region.area}`} href={hrefFor(region.area)} onClick={click(region.area)} aria-label={label} className="body-map-region outline-none">
              <title>{label}</title>
              {region.shape.kind === "rect" ? (
                <rect x={region.shape.x} y={region.shape.y} width={region.shape.width} height={region.shape.height} rx={region.shape.rx} {...common} />
              ) : (
                <ellipse cx={region.shape.cx} cy={region.shape.cy} rx={region.shape.rx} ry={region.shape.ry} {...common} />
              )}
            </a>
          );
        })}
      </svg>
    </div>
  );
}
