/** A small line of confirmed readers per day; the label says in words what the line shows. */
export function GrowthLine({ points }: { points: { day: string; readers: number }[] }) {
  if (points.length < 2) return null;
  const width = 240;
  const height = 48;
  const max = Math.max(1, ...points.map((point) => point.readers));
  const path = points
    .map((point, index) => {
      const x = (index / (points.length - 1)) * width;
      const y = height - 4 - (point.readers / max) * (height - 8);
      return `${index === 0 ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(" ");
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="mt-3 h-12 w-full text-moss"
      role="img"
      aria-label={`Confirmed readers: ${first.readers} on ${first.day}, ${last.readers} on ${last.day}.`}
      preserveAspectRatio="none"
    >
      <path d={path} fill="none" stroke="currentColor" strokeWidth="2" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
