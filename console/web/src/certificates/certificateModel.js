// Certificates and coverage as the console shows them: status badges, days left, shares, filters.

export const CERTIFICATE_STATUSES = ['VALID', 'IN_RENEWAL_WINDOW', 'EXPIRED']

/** The CSS class of a status badge: expired in red, the renewal window in amber. */
export function statusClass(status) {
  switch (status) {
    case 'EXPIRED': return 'badge sla danger'
    case 'IN_RENEWAL_WINDOW': return 'badge warn'
    default: return 'badge sla ok'
  }
}

/** "in 20 days", "today", "12 days ago": the message key and its values for a certificate's days left. */
export function daysLeftText(daysLeft) {
  if (daysLeft === 0) return { key: 'certificates.lastDay', params: {} }
  if (daysLeft > 0) return { key: 'certificates.daysLeft', params: { days: daysLeft } }
  return { key: 'certificates.expiredAgo', params: { days: -daysLeft } }
}

/** A share 0..1 as a whole percentage, or a dash when nobody is in the role. */
export function percent(share) {
  return share === null || share === undefined ? '—' : `${Math.round(Number(share) * 100)}%`
}

/** The list's query from the filter form: empty fields left out, the expiry window a whole number of days. */
export function certificateQuery(filter) {
  const query = {}
  if (filter.programme) query.programme = filter.programme
  if (filter.status) query.status = filter.status
  if (filter.dealer) query.dealer = filter.dealer.trim()
  if (/^\d{1,4}$/.test(String(filter.expiringWithinDays ?? '').trim())) query.expiringWithinDays = String(filter.expiringWithinDays).trim()
  return query
}

/** The label of a technician in the claim form's picker: name, staff number, and the certificates valid today. */
export function technicianLabel(technician) {
  const certificates = technician.validCertificates.map(c => `${c.programme} L${c.level}`)
  return `${technician.name} (${technician.staffNumber})${certificates.length ? ` · ${certificates.join(', ')}` : ''}`
}

/** What a labour operation requires, for its hint in the claim form and the catalogue: "EV_HV L1", or null. */
export function requirementOf(operation) {
  return operation && operation.requiredProgramme ? `${operation.requiredProgramme} L${operation.requiredLevel}` : null
}
