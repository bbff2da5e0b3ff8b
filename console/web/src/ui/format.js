// How dates, amounts and waiting times read in each language.

export function formatDateTime(value, language) {
  if (!value) return ''
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value))
}

export function formatDate(value, language) {
  if (!value) return ''
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(value))
}

/** An amount in yuan as every page shows it: "¥ 1,280.00" (the space does not break; a minus goes before the sign). */
export function formatMoney(value, language) {
  if (value === null || value === undefined || value === '' || Number.isNaN(Number(value))) return ''
  const amount = Number(value)
  const digits = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(amount))
  return `${amount < 0 ? '-' : ''}¥\u00a0${digits}`
}

/** A waiting time as its two largest units: "2d 3h", "45m"; the units come from the caller's language. */
export function formatAge(seconds, units = { d: 'd', h: 'h', m: 'm' }) {
  const s = Math.max(0, Math.floor(seconds))
  const days = Math.floor(s / 86400), hours = Math.floor((s % 86400) / 3600), minutes = Math.floor((s % 3600) / 60)
  if (days > 0) return `${days}${units.d} ${hours}${units.h}`
  if (hours > 0) return `${hours}${units.h} ${minutes}${units.m}`
  return `${minutes}${units.m}`
}

/** Where the networks work: "today" for a repair date is today there, not in UTC. */
export const NETWORK_ZONE = 'Asia/Shanghai'

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(zone = NETWORK_ZONE, now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}
