/** The month facet filters by date range: "2026-11" → from 2026-11-01 to 2026-11-30. */
export function monthRange(month) {
  const [year, m] = month.split('-').map(Number)
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` }
}
