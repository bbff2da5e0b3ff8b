import { describe, expect, it } from 'vitest'
import { claimedSum, decideEach, nextInQueue, pageSize, rememberedQueue, rememberQueue, tally } from './bulk.js'

describe('deciding several claims', () => {
  it('sends one decision per claim and keeps going after a refusal', async () => {
    const sent = []
    const outcomes = await decideEach([{ id: 'a', number: 'WC-1' }, { id: 'b', number: 'WC-2' }, { id: 'c', number: 'WC-3' }], async claim => {
      sent.push(claim.id)
      if (claim.id === 'b') throw new Error('attach the signed statement')
    })
    expect(sent).toEqual(['a', 'b', 'c'])
    expect(outcomes).toEqual([
      { id: 'a', number: 'WC-1', ok: true },
      { id: 'b', number: 'WC-2', ok: false, message: 'attach the signed statement' },
      { id: 'c', number: 'WC-3', ok: true }])
    expect(tally(outcomes)).toEqual({ done: 2, refused: 1 })
  })

  it('adds the chosen claims to the cent', () => {
    expect(claimedSum([{ claimedAmount: 0.1 }, { claimedAmount: '0.2' }, { claimedAmount: null }])).toBe(0.3)
  })

  it('offers only the menu page sizes', () => {
    expect(pageSize({ size: '50' })).toBe(50)
    expect(pageSize({ size: '7' })).toBe(20)
    expect(pageSize({})).toBe(20)
  })
})

describe('the next claim', () => {
  it('is the one after in the queue as shown', () => {
    expect(nextInQueue(['a', 'b', 'c'], 'a')).toBe('b')
    expect(nextInQueue(['a', 'b', 'c'], 'c')).toBeNull()
    expect(nextInQueue(['a', 'b'], 'x')).toBeNull()
  })

  it('is remembered across pages', () => {
    const store = new Map()
    const storage = { setItem: (k, v) => store.set(k, v), getItem: k => store.get(k) ?? null }
    rememberQueue(['a', 'b'], storage)
    expect(rememberedQueue(storage)).toEqual(['a', 'b'])
    expect(rememberedQueue({ getItem: () => 'not json' })).toEqual([])
  })
})
