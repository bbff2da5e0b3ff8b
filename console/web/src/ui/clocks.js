// SLA clocks as the API shows them (status, due time, time left) and how the console draws them.

/** A time span as its two largest units: "2d 3h", "1h 45m", "12m 5s", "40s"; the units come from the caller's language. */
export function formatSpan(seconds, units = { d: 'd', h: 'h', m: 'm', s: 's' }) {
  const s = Math.floor(Math.abs(seconds))
  const days = Math.floor(s / 86400), hours = Math.floor((s % 86400) / 3600), minutes = Math.floor((s % 3600) / 60), rest = s % 60
  if (days > 0) return `${days}${units.d} ${hours}${units.h}`
  if (hours > 0) return `${hours}${units.h} ${minutes}${units.m}`
  if (minutes > 0) return `${minutes}${units.m} ${rest}${units.s}`
  return `${rest}${units.s}`
}

/**
 * Seconds until a deadline at `now` (negative once passed): from its due time while it runs, so it
 * counts down in the browser; the server's own figure when there is no due time.
 */
export function secondsUntil(dueAt, fallbackSeconds, now) {
  if (dueAt) {
    const due = Date.parse(dueAt)
    if (!Number.isNaN(due)) return Math.floor((due - now) / 1000)
  }
  return typeof fallbackSeconds === 'number' ? fallbackSeconds : null
}

/**
 * How a clock reads at `now`: its tone (ok, warn, overdue, paused, met) and the seconds left, which
 * only a running clock counts down; a breached one keeps the server's (negative) figure.
 */
export function clockState(clock, now) {
  switch (clock?.status) {
    case 'PAUSED': return { tone: 'paused', seconds: null }
    case 'MET': return { tone: 'met', seconds: typeof clock.secondsLeft === 'number' ? clock.secondsLeft : null }
    case 'BREACHED': return { tone: 'overdue', seconds: typeof clock.secondsLeft === 'number' ? Math.min(clock.secondsLeft, -1) : null }
    case 'RUNNING': {
      const seconds = secondsUntil(clock.dueAt, clock.secondsLeft, now)
      if (seconds !== null && seconds < 0) return { tone: 'overdue', seconds }
      const warnAt = clock.warnAt ? Date.parse(clock.warnAt) : NaN
      return { tone: clock.warned || (!Number.isNaN(warnAt) && now >= warnAt) ? 'warn' : 'ok', seconds }
    }
    default: return { tone: 'unknown', seconds: null }
  }
}

/** The running clock due soonest, or null: what a list shows of a case's clocks. */
export function nextClock(clocks) {
  return (clocks || []).filter(c => c.status === 'RUNNING' && c.dueAt)
    .reduce((next, c) => (!next || Date.parse(c.dueAt) < Date.parse(next.dueAt) ? c : next), null)
}

/** The time-left text as a message key and its parameters: "{time} left" or "overdue by {time}". */
export function timeLeftMessage(seconds, units) {
  if (seconds === null || seconds === undefined) return null
  return seconds < 0 ? ['clock.overdueBy', { time: formatSpan(seconds, units) }] : ['clock.left', { time: formatSpan(seconds, units) }]
}
