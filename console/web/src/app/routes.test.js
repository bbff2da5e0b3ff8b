import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref } from './routes.js'

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
})
