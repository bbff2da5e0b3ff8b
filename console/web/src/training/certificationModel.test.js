import { describe, expect, it } from 'vitest'
import { applicationBody, applicationErrors, certificationActions, levelsFor, openSessionsFor } from './certificationModel.js'

const NOW = new Date('2026-12-03T08:00:00Z')
const application = { programme: 'TECHNICIAN', level: 1 }

describe('certification model', () => {
  it('offers only future sessions of the level with a free seat', () => {
    const sessions = [
      { id: 'a', kind: 'CERTIFICATION', programme: 'TECHNICIAN', level: 1, startsAt: '2026-12-10T01:00:00Z', seatsFree: 2 },
      { id: 'b', kind: 'CERTIFICATION', programme: 'TECHNICIAN', level: 1, startsAt: '2026-12-01T01:00:00Z', seatsFree: 2 },
      { id: 'c', kind: 'CERTIFICATION', programme: 'TECHNICIAN', level: 2, startsAt: '2026-12-10T01:00:00Z', seatsFree: 2 },
      { id: 'd', kind: 'CERTIFICATION', programme: 'TECHNICIAN', level: 1, startsAt: '2026-12-10T01:00:00Z', seatsFree: 0 }
    ]
    expect(openSessionsFor(application, sessions, NOW).map(s => s.id)).toEqual(['a'])
  })

  it('invites to a written exam only with exam sessions, to certification only with certification sessions', () => {
    const sessions = [{ id: 'x', kind: 'WRITTEN_EXAM' }, { id: 'y', kind: 'CERTIFICATION' }]
    const actions = certificationActions(sessions)
    expect(actions.INVITE_TO_EXAM.fields[0].options).toEqual(['x'])
    expect(actions.INVITE.fields[0].options).toEqual(['y'])
    expect(actions.FAIL.body).toEqual({ passed: false })
    expect(actions.FAIL.fields[0].required).toBe(true)
    expect(actions.PASS_EXAM.fields[0].required).toBe(false)
  })

  it('offers the levels of the person\'s roles', () => {
    const levels = [{ programme: 'TECHNICIAN', level: 1, role: 'TECHNICIAN' }, { programme: 'SERVICE_ADVISOR', level: 1, role: 'SERVICE_ADVISOR' }]
    expect(levelsFor(levels, ['SERVICE_ADVISOR']).map(l => l.programme)).toEqual(['SERVICE_ADVISOR'])
    expect(levelsFor(levels, [])).toHaveLength(2)
  })

  it('needs a person and a level, and sends the level as programme and number', () => {
    expect(applicationErrors({ person: '', level: '' })).toEqual({ person: 'validation.required', level: 'validation.required' })
    expect(applicationBody({ person: 'p', level: 'SERVICE_ADVISOR:2', renewal: true, note: '  ' }))
      .toEqual({ person: 'p', programme: 'SERVICE_ADVISOR', level: 2, renewal: true, note: null })
  })
})
