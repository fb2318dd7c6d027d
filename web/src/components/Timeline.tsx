/** Documents per day as bars (SVG), right to left in time like the page. */
import { num } from '../labels';

export function Timeline({ points }: { points: { date: string; documents: number; mentions: number }[] }) {
  if (points.length === 0) return <p class="muted">لا توجد وثائق مؤرخة.</p>;
  const width = 640;
  const height = 140;
  const pad = 24;
  const max = Math.max(...points.map((p) => p.documents));
  const first = Date.parse(points[0]!.date);
  const last = Date.parse(points[points.length - 1]!.date);
  const span = Math.max(1, last - first);
  const barW = Math.max(3, Math.min(24, (width - 2 * pad) / Math.max(points.length, 1) - 2));
  // Time runs right to left, as the text does.
  const x = (d: string) => width - pad - ((Date.parse(d) - first) / span) * (width - 2 * pad) - barW / 2;
  return (
    <figure class="timeline">
      <svg direction="ltr" viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label="الخط الزمني">
        <line x1={pad / 2} x2={width - pad / 2} y1={height} y2={height} class="axis" />
        {points.map((p) => {
          const h = Math.max(2, (p.documents / max) * (height - 10));
          return (
            <rect x={points.length === 1 ? width / 2 - barW / 2 : x(p.date)} y={height - h} width={barW} height={h} class="bar">
              <title>{`${p.date}: ${num(p.documents)} وثيقة، ${num(p.mentions)} ذكر`}</title>
            </rect>
          );
        })}
        <text x={width - pad} y={height + 16} class="tick" text-anchor="end">{points[0]!.date}</text>
        {points.length > 1 && <text x={pad} y={height + 16} class="tick" text-anchor="start">{points[points.length - 1]!.date}</text>}
      </svg>
    </figure>
  );
}
