/** Simple SVG bar charts (horizontal, or vertical columns per month), one colour per series, with values. */

const COLOURS = ['#9b1c1c', '#1a56db', '#c27803'];

/** Props of Bars. */
export interface BarsProps { rows: { label: string; values: number[] }[]; series: string[]; vertical?: boolean }

/** A bar chart. */
export function Bars({ rows, series, vertical }: BarsProps) {
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const legend = series.length > 1 && (
    <div className="legend">{series.map((s, i) => <span key={s}><i style={{ background: COLOURS[i] }} />{s}</span>)}</div>
  );
  if (rows.length === 0) return <p className="muted">Chưa có số liệu.</p>;
  if (vertical) {
    const W = 520, H = 170, bw = W / rows.length;
    return (
      <figure className="chart">
        <svg viewBox={`0 0 ${W} ${H + 20}`} role="img" aria-label={`Biểu đồ: ${series.join(', ')}`}>
          {rows.map((r, i) => (
            <g key={r.label}>
              {r.values.map((v, j) => {
                const h = (v / max) * (H - 14), w = (bw - 8) / r.values.length;
                return <g key={j}><rect x={i * bw + 4 + j * w} y={H - h} width={w - 1} height={h} fill={COLOURS[j]} />
                  {v > 0 && <text x={i * bw + 4 + j * w + w / 2} y={H - h - 2} textAnchor="middle" fontSize="9">{v}</text>}</g>;
              })}
              <text x={i * bw + bw / 2} y={H + 14} textAnchor="middle" fontSize="11">{r.label}</text>
            </g>
          ))}
        </svg>
        {legend}
      </figure>
    );
  }
  const rowH = 22 * Math.max(1, series.length * 0.7);
  const W = 520, L = 190;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${rows.length * rowH + 4}`} role="img" aria-label={`Biểu đồ: ${series.join(', ')}`}>
        {rows.map((r, i) => (
          <g key={r.label} transform={`translate(0 ${i * rowH})`}>
            <text x={L - 6} y={rowH / 2 + 4} textAnchor="end" fontSize="11">{r.label.length > 30 ? `${r.label.slice(0, 29)}…` : r.label}</text>
            {r.values.map((v, j) => {
              const h = (rowH - 6) / r.values.length, w = (v / max) * (W - L - 40);
              return <g key={j}><rect x={L} y={3 + j * h} width={Math.max(w, v ? 2 : 0)} height={h - 1} fill={COLOURS[j]} />
                <text x={L + w + 4} y={3 + j * h + h - 3} fontSize="10">{v}</text></g>;
            })}
          </g>
        ))}
      </svg>
      {legend}
    </figure>
  );
}
