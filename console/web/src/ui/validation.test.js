import { describe, expect, it } from 'vitest'
import { rules, validate } from './validation.js'

describe('validation as you type', () => {
  it('gives each field its first failing check', () => {
    const errors = validate({ vin: 'SHORT', repairOrder: '' }, {
      vin: [rules.required, rules.vin],
      repairOrder: [rules.required, rules.maxLength(40)]
    })
    expect(errors).toEqual({ vin: 'validation.vin', repairOrder: 'validation.required' })
  })

  it('accepts a 17-character VIN without I, O or Q', () => {
    expect(rules.vin('LSVAM4187C2184847')).toBeNull()
    expect(rules.vin('LSVAM4187C218484O')).toBe('validation.vin')
  })

  it('reads nested fields and passes the limit to the message', () => {
    expect(validate({ labor: { 0: { hours: '0' } } }, { 'labor.0.hours': [rules.positive] })).toEqual({ 'labor.0.hours': 'validation.positive' })
    expect(rules.maxLength(3)('abcd')).toEqual(['validation.maxLength', { max: 3 }])
  })
})
