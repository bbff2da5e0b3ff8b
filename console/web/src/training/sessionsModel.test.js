import { describe, expect, it } from 'vitest'
import {
  attendanceBody, EMPTY_NEED, EMPTY_NOTICE, EMPTY_SESSION, mayCancel, needBody, needErrors, noticeBody, noticeErrors,
  seatsText, sessionBody, sessionErrors
} from './sessionsModel.js'

const NOW = new Date('2026-12-03T02:00:00Z')

describe('training notices', () => {
  it('need a title and a body, and a level only with its programme', () => {
    expect(noticeErrors(EMPTY_NOTICE)).toEqual({ title: 'validation.required', body: 'validation.required' })
    expect(noticeErrors({ ...EMPTY_NOTICE, title: 't', body: 'b', level: '2' })).toEqual({ programme: 'training.levelNeedsProgramme' })
    expect(noticeBody({ ...EMPTY_NOTICE, title: ' t ', body: 'b', programme: 'SERVICE_ADVISOR', level: '2' }))
      .toEqual({ kind: 'TRAINING', title: 't', body: 'b', programme: 'SERVICE_ADVISOR', level: 2 })
    expect(noticeBody({ ...EMPTY_NOTICE, title: 't', body: 'b' })).toEqual({ kind: 'TRAINING', title: 't', body: 'b', programme: null, level: null })
  })
})

describe('training sessions', () => {
  it('name a course when training, a programme level otherwise, and start in the future', () => {
    const training = { ...EMPTY_SESSION, title: 'SA basics', place: 'Shanghai', startsAt: '2026-12-20T09:00' }
    expect(sessionErrors(training, NOW)).toEqual({ courseCode: 'validation.required' })
    expect(sessionErrors({ ...training, courseCode: 'sa basics' }, NOW)).toEqual({ courseCode: 'training.code' })
    expect(sessionErrors({ ...training, courseCode: 'SA-BASICS' }, NOW)).toEqual({})
    expect(sessionErrors({ ...training, kind: 'WRITTEN_EXAM' }, NOW)).toEqual({ programme: 'validation.required', level: 'validation.required' })
    expect(sessionErrors({ ...training, courseCode: 'SA-BASICS', startsAt: '2026-11-01T09:00', seats: '0' }, NOW))
      .toEqual({ startsAt: 'training.inFuture', seats: 'training.seatsRange' })
  })

  it('send only what their kind names, the start as an instant', () => {
    const body = sessionBody({ ...EMPTY_SESSION, kind: 'CERTIFICATION', title: 'EV', courseCode: 'X', programme: 'EV_HV', level: '1',
      startsAt: '2026-12-20T09:00:00Z', place: 'Guangzhou', seats: '10' })
    expect(body).toEqual({ kind: 'CERTIFICATION', title: 'EV', courseCode: null, programme: 'EV_HV', level: 1,
      startsAt: '2026-12-20T09:00:00.000Z', place: 'Guangzhou', seats: 10 })
  })

  it('count seats, let a dealer cancel before the start only its enrolments, and tick attendance', () => {
    expect(seatsText({ seatsTaken: 3, seats: 20 })).toBe('3 / 20')
    expect(mayCancel({ started: false }, { application: null })).toBe(true)
    expect(mayCancel({ started: true }, { application: null })).toBe(false)
    expect(mayCancel({ started: false }, { application: 'a' })).toBe(false)
    expect(attendanceBody([{ person: 'p1' }, { person: 'p2' }], { p1: true }))
      .toEqual({ seats: [{ person: 'p1', attended: true }, { person: 'p2', attended: false }] })
  })
})

describe('training needs', () => {
  it('need a subject, 1 to 500 people and a month as YYYY-MM', () => {
    expect(needErrors(EMPTY_NEED)).toEqual({ subject: 'validation.required' })
    expect(needErrors({ ...EMPTY_NEED, subject: 's', people: '0', preferredMonth: '2027-13' }))
      .toEqual({ people: 'training.peopleRange', preferredMonth: 'training.month' })
    expect(needBody({ subject: ' HV ', description: '', people: '2', roles: ['TECHNICIAN'], preferredMonth: '2027-03' }))
      .toEqual({ subject: 'HV', description: null, people: 2, roles: ['TECHNICIAN'], preferredMonth: '2027-03' })
  })
})
