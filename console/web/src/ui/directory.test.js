import { describe, expect, it } from 'vitest'
import { nameWithCode, namesByCode } from './directory.js'

describe('dealers and regions by name', () => {
  const names = namesByCode([{ code: 'D-BJ-001', name: '北京星辰汽车' }, { code: 'R-N', name: 'North' }, null, { name: 'no code' }])

  it('reads the name first, the code second', () => {
    expect(nameWithCode('D-BJ-001', names)).toBe('北京星辰汽车 (D-BJ-001)')
    expect(nameWithCode('R-N', names)).toBe('North (R-N)')
  })

  it('shows the code alone when the name is unknown', () => {
    expect(nameWithCode('D-SH-009', names)).toBe('D-SH-009')
    expect(nameWithCode('D-SH-009', undefined)).toBe('D-SH-009')
    expect(nameWithCode(null, names)).toBe('')
  })
})
