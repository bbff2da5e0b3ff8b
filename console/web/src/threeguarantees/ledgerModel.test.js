import { describe, expect, it } from 'vitest'
import { badgeClass, countLines, orNothing, reasonTexts } from './ledgerModel.js'

describe('the three-guarantees ledger panel', () => {
  it('colours the badge by level', () => {
    expect(badgeClass('RED')).toBe('badge tg tg-red')
    expect(badgeClass('YELLOW')).toBe('badge tg tg-yellow')
    expect(badgeClass('NONE')).toBe('badge tg')
  })

  it('shows the reasons in the reader\'s language', () => {
    const ledger = { reasons: [{ code: 'SAME_PROBLEM:EN-101', level: 'RED', zh: '同一质量问题', en: 'the same problem' }] }
    expect(reasonTexts(ledger, 'zh-CN')).toEqual(['同一质量问题'])
    expect(reasonTexts(ledger, 'en')).toEqual(['the same problem'])
    expect(reasonTexts(null, 'en')).toEqual([])
  })

  it('lists counts highest first', () => {
    expect(countLines({ 'EN-101': 3, 'AC-201': 1, 'BR-401': 3 })).toEqual(['BR-401 × 3', 'EN-101 × 3', 'AC-201 × 1'])
  })

  it('takes an unknown VIN for no ledger, and passes other refusals on', async () => {
    expect(await orNothing(Promise.reject({ status: 404 }))).toBeNull()
    await expect(orNothing(Promise.reject({ status: 503 }))).rejects.toEqual({ status: 503 })
  })
})
