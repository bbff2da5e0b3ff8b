import { describe, expect, it } from 'vitest'
import { queuePage } from './workQueue.js'

describe('the unified work queue', () => {
  it('puts the earliest deadline first and items without one last', () => {
    const page = queuePage({ items: [
      { id: 'a', type: 'WARRANTY' },
      { id: 'b', type: 'COMPLAINT', dueAt: '2026-03-02T12:00:00Z', actions: ['CONTACT'] },
      { id: 'c', type: 'GOODWILL', dueAt: '2026-03-02T09:00:00Z' }
    ], total: 3, page: 0, size: 20 })
    expect(page.items.map(i => i.id)).toEqual(['c', 'b', 'a'])
    expect(page.items[1].actions).toEqual(['CONTACT'])
    expect(page.items[0].actions).toEqual([])
    expect(page.total).toBe(3)
  })

  it('reads a partial or odd answer without failing', () => {
    expect(queuePage(null, 2, 10)).toEqual({ items: [], total: 0, page: 2, size: 10 })
    expect(queuePage({ items: [null, { number: 'no id' }, { id: 'x', dueAt: 'not a date' }] }).items.map(i => i.id)).toEqual(['x'])
  })
})
