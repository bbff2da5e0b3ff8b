// Clock policy durations: seconds in the API, edited in the largest unit that shows them exactly.

export const UNITS = { DAYS: 86400, HOURS: 3600, MINUTES: 60, SECONDS: 1 }

/** 7200 → {value: 2, unit: 'HOURS'}; 90 → {value: 90, unit: 'SECONDS'}; 0 → {value: 0, unit: 'MINUTES'}. */
export function asUnit(seconds) {
  if (!seconds) return { value: 0, unit: 'MINUTES' }
  const unit = Object.keys(UNITS).find(u => seconds % UNITS[u] === 0)
  return { value: seconds / UNITS[unit], unit }
}

/** The seconds of a value in a unit, or null when it is not a whole number of seconds at or above zero. */
export function toSeconds(value, unit) {
  const n = Number(value)
  if (value === '' || value === null || !Number.isFinite(n) || n < 0 || !UNITS[unit]) return null
  const seconds = n * UNITS[unit]
  return Number.isInteger(seconds) ? seconds : null
}

/** The known duties a clock's warnings and breaches notify, and any others the network's policies already name. */
export const DUTIES = ['CAC', 'STATION_MANAGER', 'REGIONAL_SERVICE_MANAGER', 'DEALER_GM', 'REGIONAL_VP']
export function dutiesOf(policies) {
  const named = (policies || []).flatMap(p => [...(p.notifyOnWarning || []), ...(p.notifyOnBreach || [])])
  return [...DUTIES, ...[...new Set(named)].filter(d => !DUTIES.includes(d)).sort()]
}
