// Charts drawn as SVG by React: no script or style comes from elsewhere, so they work under the
// console's strict Content-Security-Policy. Colours come from classes in styles.css.
import { distribution, formatValue, ranking, trendLines } from './kpiModel.js'

const W = 640
const H = 220
const PAD = { left: 48, right: 12, top: 12, bottom: 28 }
const plotW = W - PAD.left - PAD.right
const plotH = H - PAD.top - PAD.bottom

const px = x => PAD.left + x * plotW
const py = y => PAD.top + (1 - y) * plotH

/** Each row's value per period as a line, the network's dashed; the legend names them. */
export function TrendChart({ report, title, networkLabel }) {
  const { periods, top, lines } = trendLines(report)
  const ticks = [0, 0.25, 0.5, 0.75, 1]
  return (
    <figure className="chart" data-chart="trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        {ticks.map(t => (
          <g key={t}>
            <line className="grid" x1={PAD.left} x2={W - PAD.right} y1={py(t)} y2={py(t)} />
            <text className="axis" x={PAD.left - 6} y={py(t) + 4} textAnchor="end">{formatValue({ value: t * top }, report.kpi.unit)}</text>
          </g>
        ))}
        {periods.map((p, i) => (periods.length <= 12 || i % Math.ceil(periods.length / 12) === 0) && (
          <text key={p} className="axis" x={px(periods.length <= 1 ? 0.5 : i / (periods.length - 1))} y={H - 8} textAnchor="middle">{p}</text>
        ))}
        {lines.map((line, n) => line.segments.map((points, s) => points.length === 1
          ? <circle key={`${line.code}-${s}`} className={`series s${line.code === '__network' ? 'n' : n}`} cx={px(points[0].x)} cy={py(points[0].y)} r="3" />
          : <polyline key={`${line.code}-${s}`} className={`series s${line.code === '__network' ? 'n' : n}`}
                      points={points.map(p => `${px(p.x)},${py(p.y)}`).join(' ')} />))}
      </svg>
      <figcaption className="legend">
        {lines.map((line, n) => (
          <span key={line.code} className={`key s${line.code === '__network' ? 'n' : n}`}>{line.code === '__network' ? networkLabel : line.name}</span>
        ))}
      </figcaption>
    </figure>
  )
}

/** Rows with data as bars, best first; rows without data listed apart, never drawn as zero. */
export function RankingChart({ report, lowerIsBetter, title, onBar }) {
  const { bars } = ranking(report, lowerIsBetter)
  const rowH = 22
  const height = Math.max(rowH, bars.length * rowH) + 8
  return (
    <figure className="chart" data-chart="ranking">
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={title}>
        {bars.map((bar, i) => (
          <g key={bar.code} className="bar-row" onClick={onBar ? () => onBar(bar.figure) : undefined}>
            <text className="axis" x={196} y={i * rowH + 15} textAnchor="end">{truncate(bar.name, 28)}</text>
            <rect className="bar" x={204} y={i * rowH + 4} height={rowH - 8} width={Math.max(1, bar.width * (W - 280))} />
            <text className="value" x={208 + bar.width * (W - 280)} y={i * rowH + 15}>{formatValue(bar.figure, report.kpi.unit)}</text>
          </g>
        ))}
      </svg>
    </figure>
  )
}

/** How many rows fall in each tenth of the scale. */
export function DistributionChart({ report, title }) {
  const buckets = distribution(report)
  const barW = plotW / buckets.length
  return (
    <figure className="chart" data-chart="distribution">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        {buckets.map((b, i) => (
          <g key={i}>
            <rect className="bar" x={PAD.left + i * barW + 2} width={barW - 4} y={py(b.height)} height={b.height * plotH} />
            {b.count > 0 && <text className="value" x={PAD.left + i * barW + barW / 2} y={py(b.height) - 4} textAnchor="middle">{b.count}</text>}
            <text className="axis" x={PAD.left + i * barW + barW / 2} y={H - 8} textAnchor="middle">{formatValue({ value: b.from }, report.kpi.unit)}</text>
          </g>
        ))}
        <line className="grid" x1={PAD.left} x2={W - PAD.right} y1={py(0)} y2={py(0)} />
      </svg>
    </figure>
  )
}

function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
