import { describe, expect, it } from 'vitest'
import { adjudicationHeading, earlierRepairs, ruleMark, whyCameBack } from './claimOutcome.js'

const claim = (state, timeline, results = []) => ({ claim: { state, timeline }, adjudication: { results } })

describe('why a claim came back', () => {
  it('is the approver\'s reason for a return', () => {
    expect(whyCameBack(claim('RETURNED', [
      { fromState: 'DRAFT', toState: 'PENDING_FMC' },
      { fromState: 'PENDING_FMC', toState: 'RETURNED', note: 'photo of the odometer missing' }
    ], [{ passed: true, reason: null }]))).toEqual([{ message: 'photo of the odometer missing' }])
  })
  it('is each failed rule when auto-adjudication returned it', () => {
    expect(whyCameBack(claim('RETURNED', [{ fromState: 'DRAFT', toState: 'RETURNED' }],
      [{ passed: false, reason: 'labor hours over the flat rate', code: 'LABOR_OVER_FLAT_RATE', params: { hours: '9.0' } }, { passed: true }])))
      .toEqual([{ code: 'LABOR_OVER_FLAT_RATE', params: { hours: '9.0' }, message: 'labor hours over the flat rate' }])
  })
  it('is nothing for a claim that did not come back', () => {
    expect(whyCameBack(claim('APPROVED', [{ fromState: 'PENDING_CLAIMS', toState: 'APPROVED', note: 'ok' }]))).toEqual([])
  })
})

describe('the automatic checks on the claim page', () => {
  it('mark a rule that does not apply as such, not as passed', () => {
    expect(ruleMark({ passed: true, applicable: false })).toBe('notApplicable')
    expect(ruleMark({ passed: true, applicable: true })).toBe('passed')
    expect(ruleMark({ passed: true })).toBe('passed')
    expect(ruleMark({ passed: false, applicable: true })).toBe('failed')
  })

  it('do not read "passed" above a claim a person returned', () => {
    const view = (state, outcome) => ({ claim: { state }, adjudication: { outcome } })
    expect(adjudicationHeading(view('RETURNED', 'PASS'))).toBe('claim.adjudicationChecked')
    expect(adjudicationHeading(view('REJECTED', 'PASS'))).toBe('claim.adjudicationChecked')
    expect(adjudicationHeading(view('RETURNED', 'RETURN'))).toBe('claim.adjudication')
    expect(adjudicationHeading(view('PENDING_FMC', 'PASS'))).toBe('claim.adjudication')
  })
})

describe('the vehicle history', () => {
  it('lists the other repairs of the vehicle, newest first', () => {
    const vehicle = { repairs: [{ claimNumber: 'WC-1', repairDate: '2026-01-05' }, { claimNumber: 'WC-3', repairDate: '2026-06-01' },
      { claimNumber: 'WC-2', repairDate: '2026-03-10' }] }
    expect(earlierRepairs(vehicle, 'WC-3').map(r => r.claimNumber)).toEqual(['WC-2', 'WC-1'])
    expect(earlierRepairs(null, 'WC-3')).toEqual([])
  })
})
