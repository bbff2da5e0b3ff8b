import { describe, expect, it } from 'vitest'
import { caseHref, pageTitle, parseRoute, routeHref } from './routes.js'

describe('routes', () => {
  it('reads page, id and query from the fragment', () => {
    expect(parseRoute('#/claims/5b1c?state=RETURNED')).toEqual({ page: 'claims', id: '5b1c', sub: null, query: { state: 'RETURNED' } })
    expect(parseRoute('')).toEqual({ page: '', id: null, sub: null, query: {} })
  })

  it('writes what it reads, without empty values', () => {
    const href = routeHref('search', null, { q: '异响', page: 0, dealer: '' })
    expect(href).toBe('#/search?q=%E5%BC%82%E5%93%8D&page=0')
    expect(parseRoute(href).query).toEqual({ q: '异响', page: '0' })
  })

  it('reads the complaint, goodwill and clock policy pages', () => {
    expect(parseRoute('#/complaints?state=DISPATCHED&dealer=aurora-e01')).toEqual({ page: 'complaints', id: null, sub: null, query: { state: 'DISPATCHED', dealer: 'aurora-e01' } })
    expect(parseRoute('#/complaints/new')).toMatchObject({ page: 'complaints', id: 'new' })
    expect(parseRoute('#/complaints/penalties?dealer=aurora-e01')).toMatchObject({ page: 'complaints', id: 'penalties', query: { dealer: 'aurora-e01' } })
    expect(parseRoute('#/goodwill/new?complaint=c1')).toMatchObject({ page: 'goodwill', id: 'new', query: { complaint: 'c1' } })
    expect(parseRoute(routeHref('goodwill', 'g1'))).toMatchObject({ page: 'goodwill', id: 'g1' })
    expect(parseRoute('#/clockPolicies?type=GOODWILL')).toMatchObject({ page: 'clockPolicies', query: { type: 'GOODWILL' } })
    expect(parseRoute('#/work?page=2')).toMatchObject({ page: 'work', query: { page: '2' } })
  })

  it('opens each kind of case on its own page', () => {
    expect(caseHref({ type: 'WARRANTY', id: 'a' })).toBe('#/claims/a')
    expect(caseHref({ type: 'ACCOUNT_REQUEST', id: 'b' })).toBe('#/accountRequests/b')
    expect(caseHref({ type: 'COMPLAINT', id: 'c' })).toBe('#/complaints/c')
    expect(caseHref({ type: 'GOODWILL', id: 'd' })).toBe('#/goodwill/d')
    expect(caseHref({ type: 'PRE_AUTHORISATION', id: 'e' })).toBe('#/preAuthorisations')
    expect(caseHref({ type: 'TECHNICAL_ASSISTANCE', id: 'f' })).toBe('#/cases/f')
    expect(caseHref({ type: 'TRAINING', id: 'n' })).toBe('#/trainingNeeds/n')
    expect(caseHref({ type: 'PARTS_ORDER', id: 'o' })).toBe('#/partsOrders/o')
    expect(caseHref({ id: 'g' })).toBe('#/cases/g')
  })
})

describe('page titles', () => {
  const t = key => ({ 'menu.complaints': '客户投诉' })[key] ?? key
  it('name the page in the language, then the product', () => {
    expect(pageTitle('complaints', t)).toBe('客户投诉 · DealerHub')
    expect(pageTitle('cases', t)).toBe('DealerHub')
  })
})
