// Pure helpers of the roster and LMS pages: file-import errors by row, years in a role, the add form's checks.
import { rules } from '../ui/validation.js'

export const ROSTER_ROLES = ['STATION_MANAGER', 'SERVICE_MANAGER', 'SERVICE_ADVISOR', 'TECHNICIAN', 'CLAIMS_CLERK', 'PARTS_CLERK']

/**
 * A refused import's errors grouped by row, in row order: "rows[3].hiredOn" → {row: 3, column: 'hiredOn'};
 * errors naming no row (the file as a whole) come first with row null.
 */
export function importErrorsByRow(body) {
  const rows = new Map()
  for (const e of body?.errors || (body?.field ? [{ field: body.field, message: body.detail }] : [])) {
    const match = /^rows\[(\d+)\](?:\.(\w+))?$/.exec(e.field || '')
    const row = match ? Number(match[1]) : null
    const column = match ? match[2] || null : e.field
    if (!rows.has(row)) rows.set(row, [])
    rows.get(row).push({ column, message: e.message })
  }
  return [...rows.entries()].sort(([a], [b]) => (a ?? 0) - (b ?? 0)).map(([row, errors]) => ({ row, errors }))
}

/** Whole years from `since` to `until` (both YYYY-MM-DD), as a birthday counts them. */
export function wholeYears(since, until) {
  if (!since || !until) return 0
  const [y1, m1, d1] = since.split('-').map(Number)
  const [y2, m2, d2] = until.split('-').map(Number)
  const years = y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0)
  return Math.max(0, years)
}

/** Whole years in the role: until the last day in it, or today while it lasts. */
export function yearsInRole(entry, today) {
  const until = entry.leftOn && entry.leftOn < today ? entry.leftOn : today
  return wholeYears(entry.inRoleSince, until)
}

/** The add form's checks, as the API's own rules (the API checks again). */
export function rosterChecks(values) {
  const errors = {}
  const check = (field, ...fieldRules) => {
    for (const rule of fieldRules) {
      const error = rule(values[field])
      if (error) { errors[field] = error; return }
    }
  }
  check('staffNumber', rules.required, rules.pattern(/^[A-Za-z0-9-]{3,32}$/, 'roster.staffNumberPattern'))
  check('name', rules.required, rules.maxLength(100))
  check('mobile', rules.pattern(/^\+?\d{6,15}$/, 'roster.mobilePattern'))
  check('hiredOn', rules.required, rules.notInFuture)
  check('inRoleSince', rules.notInFuture)
  if (!errors.inRoleSince && values.inRoleSince && values.hiredOn && values.inRoleSince < values.hiredOn) errors.inRoleSince = 'roster.beforeHire'
  if (values.leftOn && values.leftOn < (values.inRoleSince || values.hiredOn)) errors.leftOn = 'roster.leftBeforeRole'
  return errors
}
