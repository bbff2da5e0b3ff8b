// Certification applications as the API names them: their states, the steps' forms, and the
// sessions an invitation may name.
import { formatDateTime } from '../ui/format.js'

export const CERTIFICATION_STATES = ['APPLIED', 'REGISTERED_FOR_EXAM', 'EXAM_DUE', 'EXAM_INVITED', 'ELIGIBLE', 'INVITED', 'ATTENDED',
  'CERTIFIED', 'FAILED', 'REJECTED', 'WITHDRAWN']

const reason = required => ({ name: 'reason', label: 'certification.reason', type: 'textarea', required })

/**
 * Each step the API may allow on an application: its endpoint, fixed body and form. An invitation
 * picks a session of the kind it needs (`sessionKind`); the page fills in the options.
 */
export function certificationActions(sessions = [], render = s => s) {
  const sessionField = kind => ({
    name: 'session', label: 'certification.session', type: 'select', required: true,
    options: sessions.filter(s => s.kind === kind).map(s => s.id), render
  })
  return {
    CHECK: { path: 'check', hint: 'certification.checkHint', fields: [] },
    REJECT: { path: 'reject', fields: [reason(true)] },
    WITHDRAW: { path: 'withdraw', fields: [reason(true)] },
    INVITE_TO_EXAM: { path: 'exam-invitation', hint: 'certification.inviteHint', fields: [sessionField('WRITTEN_EXAM')] },
    PASS_EXAM: { path: 'exam-result', body: { passed: true }, fields: [reason(false)] },
    FAIL_EXAM: { path: 'exam-result', body: { passed: false }, fields: [reason(true)] },
    INVITE: { path: 'invitation', hint: 'certification.inviteHint', fields: [sessionField('CERTIFICATION')] },
    RECORD_ATTENDANCE: { path: 'attendance', body: { attended: true }, fields: [] },
    RECORD_ABSENCE: { path: 'attendance', body: { attended: false }, fields: [] },
    PASS: { path: 'result', body: { passed: true }, fields: [] },
    FAIL: { path: 'result', body: { passed: false }, fields: [reason(true)] }
  }
}

/** The sessions an application may be invited to: of its programme level, not started, with a free seat. */
export function openSessionsFor(application, sessions, now = new Date()) {
  return (sessions || []).filter(s => s.programme === application.programme && s.level === application.level
    && new Date(s.startsAt) > now && (s.seatsFree === undefined || s.seatsFree > 0))
}

/** How a session reads in a picker: its title, when and where, and the free seats. */
export function sessionLabel(session, language, t) {
  const seats = session.seatsFree === undefined ? '' : ` · ${t('certification.seatsFree', { count: session.seatsFree })}`
  return `${session.title} · ${formatDateTime(session.startsAt, language)} · ${session.place}${seats}`
}

/** The programme levels the dealer may apply for, for a person's current roles (technician or service advisor). */
export function levelsFor(levels, roles) {
  return (levels || []).filter(l => !roles || roles.length === 0 || roles.includes(l.role))
}

export const levelKey = l => `${l.programme}:${l.level}`

/** The apply form's checks: a person and a programme level are required. */
export function applicationErrors(v) {
  const errors = {}
  if (!v.person) errors.person = 'validation.required'
  if (!v.level) errors.level = 'validation.required'
  return errors
}

export function applicationBody(v) {
  const [programme, level] = v.level.split(':')
  return { person: v.person, programme, level: Number(level), renewal: Boolean(v.renewal), note: v.note?.trim() || null }
}
