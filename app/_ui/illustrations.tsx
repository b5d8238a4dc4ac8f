/**
 * Line drawings in the brand's hand: strokes in currentColor so they follow the theme, the
 * posterior chain in clay. Meaningful drawings take a title; decorative ones are aria-hidden.
 */

interface DrawingProps {
  className?: string;
  /** When set, the drawing is announced with this text; otherwise it is decorative. */
  title?: string;
}

function a11y(title: string | undefined, id: string) {
  return title ? { role: "img" as const, "aria-labelledby": id } : { "aria-hidden": true as const };
}

/** A figure folding forward, the posterior chain drawn as one line from sole to brow. */
export function ForwardFoldDrawing({ className, title }: DrawingProps) {
  return (
    <svg viewBox="0 0 320 300" className={className} fill="none" {...a11y(title, "fold-title")}>
      {title ? <title id="fold-title">{title}</title> : null}
      <ellipse cx="165" cy="266" rx="118" ry="12" className="fill-sand" />
      <g stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round">
        {/* foot */}
        <path d="M138 262 C150 262 170 262 186 262 C190 262 190 256 184 254 L160 248" />
        {/* leg: ankle to hip, knee soft */}
        <path d="M150 250 C152 226 156 204 154 186 C152 164 146 144 146 120" />
        <path d="M162 248 C164 226 168 204 166 186 C164 168 160 150 164 128" />
        {/* back rounding over the hips and hanging down in front of the legs */}
        <path d="M146 120 C146 96 174 90 192 104 C206 116 208 142 204 168" />
        {/* head hanging by the shins */}
        <circle cx="198" cy="188" r="15" />
        {/* arms hanging towards the floor */}
        <path d="M200 126 C208 160 206 200 196 236" />
        <path d="M196 236 C194 240 190 242 186 240" />
      </g>
      {/* the posterior chain: sole, heel, back of the legs, spine, over the crown to the brow */}
      <path
        d="M176 270 C160 270 144 270 134 268 C128 266 134 252 140 244 C144 222 140 200 142 182 C140 160 134 140 136 120 C136 86 178 78 200 98 C216 114 218 146 214 170 C218 186 216 204 204 210 C196 214 186 210 182 200"
        stroke="var(--clay)"
        strokeWidth="3.5"
        strokeLinecap="round"
        strokeDasharray="2 9"
      />
    </svg>
  );
}

/** A bare foot resting on a tennis ball. */
export function FootOnBallDrawing({ className, title }: DrawingProps) {
  return (
    <svg viewBox="0 0 240 170" className={className} fill="none" {...a11y(title, "ball-title")}>
      {title ? <title id="ball-title">{title}</title> : null}
      <line x1="16" y1="154" x2="224" y2="154" stroke="currentColor" strokeWidth="2" strokeLinecap="round" opacity="0.45" />
      {/* the ball under the arch */}
      <circle cx="120" cy="132" r="22" stroke="var(--clay)" strokeWidth="3" />
      <path d="M101 122 C112 130 128 130 139 122" stroke="var(--clay)" strokeWidth="2" opacity="0.7" />
      {/* foot: heel on the floor, arch on the ball, toes resting ahead */}
      <path
        d="M60 152 C46 152 42 136 52 124 C58 116 62 104 64 86 M60 152 C72 152 84 146 98 118 C104 110 112 108 122 110 C136 112 146 118 160 128 C172 136 186 140 198 142 C206 144 206 152 198 154 L176 154"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      {/* lower leg */}
      <path d="M64 86 C66 60 68 40 70 14" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      <path d="M100 98 C98 70 98 40 100 14" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      <path d="M100 98 C120 104 150 116 176 130" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

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
