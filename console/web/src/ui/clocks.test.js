import { describe, expect, it } from 'vitest'
import { clockState, formatSpan, nextClock, secondsUntil, timeLeftMessage } from './clocks.js'

const now = Date.parse('2026-03-02T10:00:00Z')

describe('clocks', () => {
  it('show a span by its two largest units, overdue or not', () => {
    expect(formatSpan(2 * 86400 + 3 * 3600 + 59)).toBe('2d 3h')
    expect(formatSpan(3600 + 45 * 60)).toBe('1h 45m')
    expect(formatSpan(12 * 60 + 5)).toBe('12m 5s')
    expect(formatSpan(40)).toBe('40s')
    expect(formatSpan(-90, { d: '天', h: '小时', m: '分', s: '秒' })).toBe('1分 30秒')
  })

  it('count down from the due time, and fall back on the server\'s figure', () => {
    expect(secondsUntil('2026-03-02T10:05:00Z', 999, now)).toBe(300)
    expect(secondsUntil('2026-03-02T09:59:00Z', 999, now)).toBe(-60)
    expect(secondsUntil(null, 42, now)).toBe(42)
    expect(secondsUntil(null, null, now)).toBeNull()
  })

  it('give each status its tone', () => {
    expect(clockState({ status: 'RUNNING', dueAt: '2026-03-02T12:00:00Z', warnAt: '2026-03-02T11:00:00Z' }, now)).toEqual({ tone: 'ok', seconds: 7200 })
    expect(clockState({ status: 'RUNNING', dueAt: '2026-03-02T12:00:00Z', warnAt: '2026-03-02T09:00:00Z' }, now).tone).toBe('warn')
    expect(clockState({ status: 'RUNNING', dueAt: '2026-03-02T12:00:00Z', warned: true }, now).tone).toBe('warn')
    expect(clockState({ status: 'RUNNING', dueAt: '2026-03-02T09:00:00Z' }, now)).toEqual({ tone: 'overdue', seconds: -3600 })
    expect(clockState({ status: 'BREACHED', secondsLeft: -120 }, now)).toEqual({ tone: 'overdue', seconds: -120 })
    expect(clockState({ status: 'PAUSED', secondsLeft: null }, now)).toEqual({ tone: 'paused', seconds: null })
    expect(clockState({ status: 'MET', secondsLeft: 600 }, now)).toEqual({ tone: 'met', seconds: 600 })
    expect(clockState({ status: 'SOMETHING_NEW' }, now).tone).toBe('unknown')
  })

  it('pick the running clock due soonest', () => {
    const clocks = [
      { clock: 'CLOSURE', status: 'RUNNING', dueAt: '2026-03-05T10:00:00Z' },
      { clock: 'CONTACT', status: 'RUNNING', dueAt: '2026-03-02T12:00:00Z' },
      { clock: 'DISPATCH', status: 'MET', dueAt: '2026-03-01T10:00:00Z' }
    ]
    expect(nextClock(clocks).clock).toBe('CONTACT')
    expect(nextClock([])).toBeNull()
    expect(nextClock(undefined)).toBeNull()
  })

  it('say time left or overdue', () => {
    expect(timeLeftMessage(300)).toEqual(['clock.left', { time: '5m 0s' }])
    expect(timeLeftMessage(-3700)).toEqual(['clock.overdueBy', { time: '1h 1m' }])
    expect(timeLeftMessage(null)).toBeNull()
  })
})
