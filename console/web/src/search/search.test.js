import { describe, expect, it } from 'vitest'
import { hitPlace, hitTitle, monthRange, searchParameters, slaSummary } from './searchLinks.js'

describe('search results', () => {
  it('turn a month into its first and last day', () => {
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
  })

  it('say the SLA state and next due time of a case with clocks, nothing of one without', () => {
    expect(slaSummary({ slaState: 'BREACHED', nextDueAt: '2026-05-01T08:00:00+00:00' }))
      .toEqual({ state: 'BREACHED', nextDueAt: '2026-05-01T08:00:00+00:00', tone: 'danger' })
    expect(slaSummary({ slaState: 'WARNED', nextDueAt: '2026-05-02T08:00:00+00:00' }).tone).toBe('warn')
    expect(slaSummary({ slaState: 'ON_TIME', nextDueAt: null })).toEqual({ state: 'ON_TIME', nextDueAt: null, tone: 'ok' })
    expect(slaSummary({ slaState: 'NONE', nextDueAt: null })).toBeNull()
    expect(slaSummary({})).toBeNull()
  })

  it('ask for cases due before the start of the chosen day where the user is', () => {
    const asked = searchParameters({ q: 'brake', dueBefore: '2026-05-01' })
    expect(asked.q).toBe('brake')
    expect(new Date(asked.dueBefore).getTime()).toBe(new Date(2026, 4, 1).getTime())
    expect(asked.dueBefore).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
    expect(searchParameters({ q: 'brake' })).toEqual({ q: 'brake' })
  })
})

describe('a search hit', () => {
  it('is titled by what it is: type, number and subject', () => {
    expect(hitTitle({ number: 'WC-2026-000123', subject: 'Engine stalls' }, 'Warranty claim')).toBe('Warranty claim WC-2026-000123 · Engine stalls')
    expect(hitTitle({ number: 'CP-1' }, '投诉')).toBe('投诉 CP-1')
  })

  it('names its dealer and region, the code second', () => {
    expect(hitPlace({ dealerCode: 'D-1', dealerName: 'Star Motors', regionCode: 'R-N', regionName: 'North' })).toBe('Star Motors (D-1) · North (R-N)')
    expect(hitPlace({ dealerCode: 'D-1', regionCode: 'R-N' })).toBe('D-1 · R-N')
  })
})
