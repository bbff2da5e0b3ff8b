// Training notices, sessions and needs as the API names them: their forms' checks and bodies.
import { rules } from '../ui/validation.js'

export const NOTICE_KINDS = ['TRAINING', 'CERTIFICATION']
export const SESSION_KINDS = ['TRAINING', 'WRITTEN_EXAM', 'CERTIFICATION']
export const PROGRAMMES = ['TECHNICIAN', 'EV_HV', 'SERVICE_ADVISOR']
export const NEED_STATES = ['SUBMITTED', 'ANSWERED', 'DECLINED', 'WITHDRAWN']

const CODE = /^[A-Z0-9][A-Z0-9_-]{0,39}$/
const MONTH = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/

/** The steps of a need with a reason form; ANSWER has a form of its own (the notice it publishes). */
export const NEED_ACTIONS = {
  DECLINE: { path: 'decline', fields: [{ name: 'reason', label: 'training.reason', type: 'textarea', required: true }] },
  WITHDRAW: { path: 'withdraw', fields: [{ name: 'reason', label: 'training.reason', type: 'textarea', required: false }] }
}

export const EMPTY_NOTICE = { kind: 'TRAINING', title: '', body: '', programme: '', level: '' }
export const EMPTY_SESSION = { kind: 'TRAINING', title: '', courseCode: '', programme: '', level: '', startsAt: '', place: '', seats: '20' }
export const EMPTY_NEED = { subject: '', description: '', people: '1', roles: [], preferredMonth: '' }

const text = v => (typeof v === 'string' ? v.trim() : v)
const optional = v => (text(v) === '' || v === undefined || v === null ? null : text(v))
const level = v => (optional(v) === null ? null : Number(v))

export function noticeErrors(v) {
  const errors = {}
  if (rules.required(v.title)) errors.title = 'validation.required'
  if (rules.required(v.body)) errors.body = 'validation.required'
  if (optional(v.level) !== null && optional(v.programme) === null) errors.programme = 'training.levelNeedsProgramme'
  return errors
}

export function noticeBody(v) {
  return { kind: v.kind, title: text(v.title), body: text(v.body), programme: optional(v.programme), level: level(v.level) }
}

/** A training session names its course; an exam or a certification its programme and level; it starts in the future. */
export function sessionErrors(v, now = new Date()) {
  const errors = {}
  if (rules.required(v.title)) errors.title = 'validation.required'
  if (rules.required(v.place)) errors.place = 'validation.required'
  if (v.kind === 'TRAINING') {
    if (rules.required(v.courseCode)) errors.courseCode = 'validation.required'
    else if (!CODE.test(text(v.courseCode))) errors.courseCode = 'training.code'
  } else {
    if (rules.required(v.programme)) errors.programme = 'validation.required'
    if (rules.required(v.level)) errors.level = 'validation.required'
  }
  if (rules.required(v.startsAt)) errors.startsAt = 'validation.required'
  else if (!(new Date(v.startsAt) > now)) errors.startsAt = 'training.inFuture'
  const seats = Number(v.seats)
  if (!(Number.isInteger(seats) && seats >= 1 && seats <= 1000)) errors.seats = 'training.seatsRange'
  return errors
}

/** The session to create; the start, entered in the browser's time, is sent as an instant. */
export function sessionBody(v) {
  const training = v.kind === 'TRAINING'
  return {
    kind: v.kind, title: text(v.title), courseCode: training ? text(v.courseCode) : null,
    programme: training ? null : optional(v.programme), level: training ? null : level(v.level),
    startsAt: new Date(v.startsAt).toISOString(), place: text(v.place), seats: Number(v.seats)
  }
}

export function needErrors(v) {
  const errors = {}
  if (rules.required(v.subject)) errors.subject = 'validation.required'
  const people = Number(v.people)
  if (!(Number.isInteger(people) && people >= 1 && people <= 500)) errors.people = 'training.peopleRange'
  if (optional(v.preferredMonth) !== null && !MONTH.test(text(v.preferredMonth))) errors.preferredMonth = 'training.month'
  return errors
}

export function needBody(v) {
  return {
    subject: text(v.subject), description: optional(v.description), people: Number(v.people), roles: v.roles,
    preferredMonth: optional(v.preferredMonth)
  }
}

/** "3 / 20" taken of the seats, and whether none is left. */
export function seatsText(session) {
  return `${session.seatsTaken} / ${session.seats}`
}

/** What a dealer's admin may do with a seat of its own: cancel before the start, unless an application holds it. */
export function mayCancel(session, seat) {
  return !session.started && !seat.application
}

/** The attendance body from the ticks kept per person. */
export function attendanceBody(seats, ticks) {
  return { seats: seats.map(s => ({ person: s.person, attended: Boolean(ticks[s.person]) })) }
}
