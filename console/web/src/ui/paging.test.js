import { describe, expect, it } from 'vitest'
import { pageCount, SEARCH_RESULT_WINDOW } from './paging.js'

describe('paging', () => {
  it('counts every page of a list', () => {
    expect(pageCount(0, 20)).toBe(1)
    expect(pageCount(41, 20)).toBe(3)
  })

  it('stops where the server stops paging', () => {
    expect(pageCount(25000, 20, SEARCH_RESULT_WINDOW)).toBe(500)
    expect(pageCount(25000, 30, SEARCH_RESULT_WINDOW)).toBe(333)
    expect(pageCount(41, 20, SEARCH_RESULT_WINDOW)).toBe(3)
  })
})
