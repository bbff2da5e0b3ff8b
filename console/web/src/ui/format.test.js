import { describe, expect, it } from 'vitest'
import { formatAge, formatMoney, todayIn } from './format.js'

describe('formats', () => {
  it('shows a waiting time by its two largest units', () => {
    expect(formatAge(2 * 86400 + 3 * 3600 + 59)).toBe('2d 3h')
    expect(formatAge(3600 + 45 * 60)).toBe('1h 45m')
    expect(formatAge(59)).toBe('0m')
    expect(formatAge(90, { d: '天', h: '小时', m: '分' })).toBe('1分')
  })

  it('shows amounts with two decimals', () => {
    expect(formatMoney('1234.5', 'en')).toBe('¥\u00a01,234.50')
    expect(formatMoney('1280', 'zh-CN')).toBe('¥\u00a01,280.00')
    expect(formatMoney(-12.5, 'en')).toBe('-¥\u00a012.50')
    expect(formatMoney(0, 'zh-CN')).toBe('¥\u00a00.00')
    expect(formatMoney(null, 'en')).toBe('')
    expect(formatMoney('abc', 'en')).toBe('')
  })
})

describe('today where the network works', () => {
  it('is already tomorrow in Shanghai at 23:30 UTC', () => {
    expect(todayIn('Asia/Shanghai', new Date('2026-12-03T23:30:00Z'))).toBe('2026-12-04')
    expect(todayIn('UTC', new Date('2026-12-03T23:30:00Z'))).toBe('2026-12-03')
  })
})
