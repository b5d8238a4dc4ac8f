/**
 * Line drawings in the brand's hand, the posterior chain in clay. The two figures are static files
 * (public/illustrations, with the palette and its dark variant inside): drawn inline they were
 * carried twice by every page that shows them, in the HTML and again in its RSC data. Meaningful
 * drawings take a title, which becomes their text alternative; decorative ones have none.
 */

interface DrawingProps {
  className?: string;
  /** When set, the drawing is announced with this text; otherwise it is decorative. */
  title?: string;
  /** Below the fold: fetched only when it comes near the screen. */
  lazy?: boolean;
}

function drawing(file: string, width: number, height: number) {
  return function Drawing({ className, title, lazy }: DrawingProps) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- a vector drawing: nothing for the image optimiser to do
      <img
        src={`/illustrations/${file}`}
        alt={title ?? ""}
        width={width}
        height={height}
        className={className}
        loading={lazy ? "lazy" : undefined}
        decoding="async"
      />
    );
  };
}

/** A figure folding forward, the posterior chain drawn as one line from sole to brow. */
export const ForwardFoldDrawing = drawing("forward-fold.svg", 320, 300);

/** A bare foot resting on a tennis ball. */
export const FootOnBallDrawing = drawing("foot-on-ball.svg", 240, 170);

/** Soft overlapping shapes for quiet backgrounds. Always decorative. */
export function CalmShapes({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 200 200" className={className} aria-hidden="true">
      <circle cx="80" cy="90" r="70" fill="var(--sand)" />
      <circle cx="130" cy="120" r="52" fill="var(--clay-soft)" opacity="0.8" />
      <path d="M20 150 C70 120 120 170 190 130" stroke="var(--moss)" strokeWidth="2" fill="none" opacity="0.6" />
    </svg>
  );
}
