import { describe, expect, it } from 'vitest'
import { whyCameBack } from './claimOutcome.js'

const claim = (state, timeline, results = []) => ({ claim: { state, timeline }, adjudication: { results } })

describe('why a claim came back', () => {
  it('is the approver\'s reason for a return', () => {
    expect(whyCameBack(claim('RETURNED', [
      { fromState: 'DRAFT', toState: 'PENDING_FMC' },
      { fromState: 'PENDING_FMC', toState: 'RETURNED', note: 'photo of the odometer missing' }
    ], [{ passed: true, reason: null }]))).toEqual(['photo of the odometer missing'])
  })
  it('is each failed rule when auto-adjudication returned it', () => {
    expect(whyCameBack(claim('RETURNED', [{ fromState: 'DRAFT', toState: 'RETURNED' }],
      [{ passed: false, reason: 'labor hours over the flat rate' }, { passed: true }]))).toEqual(['labor hours over the flat rate'])
  })
  it('is nothing for a claim that did not come back', () => {
    expect(whyCameBack(claim('APPROVED', [{ fromState: 'PENDING_CLAIMS', toState: 'APPROVED', note: 'ok' }]))).toEqual([])
  })
})
