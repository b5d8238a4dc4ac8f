import type { MouseEvent } from "react";
import { BODY_AREA_LABELS, type BodyArea } from "@/lib/routines/taxonomy";

/**
 * "Where do you feel it?": a front and a back figure whose regions are links, so the map works
 * with a keyboard and without JavaScript; with JavaScript `onToggle` filters instantly.
 *
 * Each region has two shapes: the soft highlight you see, and an invisible band around it at
 * least 48 units tall and 110 wide. At the width the map has on a 390 px phone (about one unit a
 * pixel) every band is a thumb-sized target, however small the neck or the jaw is drawn.
 */

type Shape = { kind: "rect"; x: number; y: number; width: number; height: number; rx: number } | { kind: "ellipse"; cx: number; cy: number; rx: number; ry: number };

interface Region {
  area: BodyArea;
  /** Centre line of the figure the region belongs to. */
  cx: number;
  /** Top and bottom of the invisible target band. */
  band: [number, number];
  shape: Shape;
}

const FRONT = 80;
const BACK = 240;
const BAND_HALF_WIDTH = 56;

const rect = (cx: number, y: number, width: number, height: number, rx = 14): Shape => ({ kind: "rect", x: cx - width / 2, y, width, height, rx });

export const BODY_MAP_REGIONS: Region[] = [
  { area: "jaw", cx: FRONT, band: [8, 60], shape: { kind: "ellipse", cx: FRONT, cy: 50, rx: 15, ry: 9 } },
  { area: "shoulders", cx: FRONT, band: [60, 110], shape: rect(FRONT, 74, 104, 22, 11) },
  { area: "chest-breath", cx: FRONT, band: [110, 160], shape: rect(FRONT, 102, 56, 52) },
  { area: "hips", cx: FRONT, band: [160, 232], shape: rect(FRONT, 164, 62, 38) },
  { area: "feet", cx: FRONT, band: [362, 432], shape: rect(FRONT, 388, 76, 20, 10) },
  { area: "neck", cx: BACK, band: [20, 84], shape: rect(BACK, 56, 24, 22, 8) },
  { area: "upper-back", cx: BACK, band: [84, 138], shape: rect(BACK, 82, 62, 54) },
  { area: "lower-back", cx: BACK, band: [138, 196], shape: rect(BACK, 140, 58, 50) },
  { area: "hamstrings", cx: BACK, band: [196, 290], shape: rect(BACK, 206, 56, 78) },
  { area: "calves", cx: BACK, band: [290, 384], shape: rect(BACK, 294, 52, 80) },
];

/** A calm, rounded figure: head, neck, torso, arms, legs and feet, drawn around its centre line. */
function Figure({ cx }: { cx: number }) {
  return (
    <g className="fill-sand stroke-ink/35" strokeWidth="1.5" strokeLinejoin="round">
      <rect x={cx - 51} y={84} width={15} height={118} rx={7.5} />
      <rect x={cx + 36} y={84} width={15} height={118} rx={7.5} />
      <rect x={cx - 27} y={186} width={25} height={204} rx={12.5} />
      <rect x={cx + 2} y={186} width={25} height={204} rx={12.5} />
      <ellipse cx={cx - 17} cy={398} rx={17} ry={8} />
      <ellipse cx={cx + 17} cy={398} rx={17} ry={8} />
      <path d={`M${cx - 36} 98 Q${cx - 36} 74 ${cx - 12} 74 L${cx + 12} 74 Q${cx + 36} 74 ${cx + 36} 98 L${cx + 32} 196 Q${cx} 206 ${cx - 32} 196 Z`} />
      <rect x={cx - 8} y={56} width={16} height={22} rx={6} />
      <circle cx={cx} cy={36} r={22} />
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
    <svg viewBox="0 0 320 440" className="mx-auto w-full max-w-xs" role="group" aria-label="Body map: choose where you feel it">
      <Figure cx={FRONT} />
      <Figure cx={BACK} />
      <text x={FRONT} y={436} textAnchor="middle" className="fill-ink-muted text-[13px]">
        Front
      </text>
      <text x={BACK} y={436} textAnchor="middle" className="fill-ink-muted text-[13px]">
        Back
      </text>
      {BODY_MAP_REGIONS.map((region) => {
        const isSelected = selected.includes(region.area);
        const label = `${BODY_AREA_LABELS[region.area]}${isSelected ? " (selected)" : ""}`;
        const look = `transition-colors duration-300 ${isSelected ? "fill-[var(--clay)] opacity-80" : "fill-[var(--moss)] opacity-25 group-hover:opacity-60"}`;
        const [top, bottom] = region.band;
        return (
          <a key={region.area} href={hrefFor(region.area)} onClick={click(region.area)} aria-label={label} className="body-map-region group cursor-pointer outline-none">
            <title>{label}</title>
            <rect x={region.cx - BAND_HALF_WIDTH} y={top} width={BAND_HALF_WIDTH * 2} height={bottom - top} className="fill-transparent" />
            {region.shape.kind === "rect" ? (
              <rect data-shape x={region.shape.x} y={region.shape.y} width={region.shape.width} height={region.shape.height} rx={region.shape.rx} className={look} />
            ) : (
              <ellipse data-shape cx={region.shape.cx} cy={region.shape.cy} rx={region.shape.rx} ry={region.shape.ry} className={look} />
            )}
          </a>
        );
      })}
    </svg>
  );
}
