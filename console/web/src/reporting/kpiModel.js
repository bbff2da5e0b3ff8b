// The KPI figures as the console shows them: values by unit, "no data" apart from zero, and the
// series and bars the charts draw. The server computes every figure; nothing is recomputed here.

/** A figure's value for people: a share as a percentage, hours, a count, a score out of 100; null → null (no data). */
export function formatValue(figure, unit) {
  if (!figure || figure.noData || figure.value === null || figure.value === undefined) return null
  const v = figure.value
  switch (unit) {
    case 'SHARE': return `${(v * 100).toFixed(1)} %`
    case 'HOURS': return `${v.toFixed(1)} h`
    case 'SCORE': return v.toFixed(1)
    default: return Number.isInteger(v) ? String(v) : v.toFixed(2)
  }
}

/** The figures of one row (a dealer, a region, a reason) in period order. */
export function rowSeries(report, groupCode) {
  return report.rows.filter(f => f.group.code === groupCode)
}

/** The rows' subjects, in the report's order, each once. */
export function groupsOf(report) {
  const seen = new Map()
  for (const f of report.rows) if (!seen.has(f.group.code)) seen.set(f.group.code, f.group)
  return [...seen.values()]
}

/**
 * Lines of a trend chart: each row's values per period, then the network's, as points with
 * x in 0..1 and y in 0..1 of the chart's value range; a period without data breaks the line.
 */
export function trendLines(report, maxLines = 6) {
  const periods = report.network.map(f => f.period.key)
  const lines = groupsOf(report).slice(0, maxLines).map(g => ({ code: g.code, name: g.name || g.code, values: rowSeries(report, g.code).map(f => f.noData ? null : f.value) }))
  lines.push({ code: '__network', name: null, values: report.network.map(f => f.noData ? null : f.value) })
  const all = lines.flatMap(l => l.values).filter(v => v !== null)
  const top = niceMax(all.length ? Math.max(...all) : 1, report.kpi.unit)
  const x = i => periods.length <= 1 ? 0.5 : i / (periods.length - 1)
  return {
    periods,
    top,
    lines: lines.map(l => ({ ...l, segments: segments(l.values.map((v, i) => v === null ? null : { x: x(i), y: v / top })) }))
  }
}

/** Consecutive points without a gap, each a polyline of its own. */
function segments(points) {
  const result = []
  let current = []
  for (const p of points) {
    if (p === null) {
      if (current.length) result.push(current)
      current = []
    } else current.push(p)
  }
  if (current.length) result.push(current)
  return result
}

/** The top of a chart's scale: 100 % for shares, 100 for scores, else the maximum rounded up. */
export function niceMax(max, unit) {
  if (unit === 'SHARE') return 1
  if (unit === 'SCORE') return 100
  if (max <= 0) return 1
  const magnitude = 10 ** Math.floor(Math.log10(max))
  return Math.ceil(max / magnitude) * magnitude
}

/** Bars of a ranking: rows with data, best first (highest, except for times and complaint-like rates where lower is better). */
export function ranking(report, lowerIsBetter = false) {
  const rows = report.rows.filter(f => !f.noData && f.value !== null)
  const sorted = [...rows].sort((a, b) => lowerIsBetter ? a.value - b.value : b.value - a.value)
  const top = niceMax(Math.max(0, ...sorted.map(f => f.value)), report.kpi.unit)
  return { top, bars: sorted.map(f => ({ code: f.group.code, name: f.group.name || f.group.code, value: f.value, width: f.value / top, figure: f })) }
}

/** The rows without data, apart: they are not ranked last as if they were zero. */
export function withoutData(report) {
  return report.rows.filter(f => f.noData).map(f => f.group)
}

/** How the rows' values spread: counts in ten equal buckets of the scale. */
export function distribution(report, buckets = 10) {
  const values = report.rows.filter(f => !f.noData && f.value !== null).map(f => f.value)
  const top = niceMax(Math.max(0, ...values), report.kpi.unit)
  const counts = Array(buckets).fill(0)
  for (const v of values) counts[Math.min(buckets - 1, Math.floor((v / top) * buckets))]++
  const most = Math.max(1, ...counts)
  return counts.map((count, i) => ({ from: (i * top) / buckets, to: ((i + 1) * top) / buckets, count, height: count / most }))
}

/** KPIs where less is better. */
export const LOWER_IS_BETTER = new Set(['CLAIM_CYCLE_TIME', 'CLAIM_RETURN_RATE', 'CLAIM_REJECTION_RATE', 'COMPLAINT_RATE', 'REPEAT_COMPLAINT_RATE'])

/** The query of the records behind a figure: its days, its row (dealer, region or reason) and side. */
export function recordsQuery(report, figure, side) {
  const query = { kpi: report.kpi.code, side, from: figure.period.from, to: figure.period.to }
  if (report.groupBy === 'DEALER') query.dealer = figure.group.code
  if (report.groupBy === 'REGION') query.region = figure.group.code
  if (report.groupBy === 'REASON') query.reason = figure.group.code
  return query
}

/** The KPIs each kind of user sees first on the dashboard. */
export function dashboardKpis(me) {
  if (me.scope === 'DEALER') {
    return ['APPOINTMENT_RATE', 'FIRST_TIME_FIX_RATE', 'ON_TIME_DELIVERY_RATE', 'EFFECTIVE_CALLBACK_RATE', 'COMPLAINT_RATE', 'RESCUE_SCORE', 'AUTO_ADJUDICATION_PASS_RATE', 'CLAIM_CYCLE_TIME']
  }
  return null
}
