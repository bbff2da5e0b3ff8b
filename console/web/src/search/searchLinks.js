/** The month facet filters by date range: "2026-11" → from 2026-11-01 to 2026-11-30. */
export function monthRange(month) {
  const [year, m] = month.split('-').map(Number)
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` }
}

/**
 * What a result row says of its SLA: the case's state (ON_TIME, WARNED, BREACHED) and its next due
 * time, or null for a case without clocks. The tone colours the badge.
 */
export function slaSummary(item) {
  const state = item.slaState
  if (!state || state === 'NONE') return null
  return { state, nextDueAt: item.nextDueAt || null, tone: SLA_TONES[state] || '' }
}

const SLA_TONES = { ON_TIME: 'ok', WARNED: 'warn', BREACHED: 'danger' }

/** The search parameters as the API takes them: a "due before" day starts at midnight where the user is. */
export function searchParameters(query) {
  if (!query.dueBefore) return query
  const [year, month, day] = query.dueBefore.split('-').map(Number)
  return { ...query, dueBefore: new Date(year, month - 1, day).toISOString() }
}

/** A hit's title as people name the record: "Warranty claim WC-2026-000123 · Engine stalls", the type in the user's language. */
export function hitTitle(item, typeLabel) {
  return [[typeLabel, item.number].filter(Boolean).join(' '), item.subject].filter(Boolean).join(' · ')
}

/** Where a hit belongs: "Name (CODE)" for its dealer and its region, whichever the index holds. */
export function hitPlace(item) {
  const named = (name, code) => (name && code && name !== code ? `${name} (${code})` : name || code || '')
  return [named(item.dealerName, item.dealerCode), named(item.regionName, item.regionCode)].filter(Boolean).join(' · ')
}
