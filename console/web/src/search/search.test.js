import { describe, expect, it } from 'vitest'
import { caseHref, monthRange } from './searchLinks.js'

describe('search results', () => {
  it('open the page of their kind of case', () => {
    expect(caseHref({ type: 'WARRANTY', id: 'a' })).toBe('#/claims/a')
    expect(caseHref({ type: 'ACCOUNT_REQUEST', id: 'b' })).toBe('#/accountRequests/b')
    expect(caseHref({ type: 'COMPLAINT', id: 'c' })).toBe('#/cases/c')
  })

  it('turn a month into its first and last day', () => {
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
  })
})
