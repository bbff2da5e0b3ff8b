import { describe, expect, it } from 'vitest'
import { asUnit, dutiesOf, toSeconds } from './policyUnits.js'

describe('clock policy durations', () => {
  it('show in the largest exact unit', () => {
    expect(asUnit(259200)).toEqual({ value: 3, unit: 'DAYS' })
    expect(asUnit(7200)).toEqual({ value: 2, unit: 'HOURS' })
    expect(asUnit(900)).toEqual({ value: 15, unit: 'MINUTES' })
    expect(asUnit(90)).toEqual({ value: 90, unit: 'SECONDS' })
    expect(asUnit(0)).toEqual({ value: 0, unit: 'MINUTES' })
  })

  it('go back to seconds, refusing what is not a whole second', () => {
    expect(toSeconds('1.5', 'HOURS')).toBe(5400)
    expect(toSeconds('0', 'MINUTES')).toBe(0)
    expect(toSeconds('0.5', 'SECONDS')).toBeNull()
    expect(toSeconds('', 'HOURS')).toBeNull()
    expect(toSeconds('-1', 'HOURS')).toBeNull()
  })

  it('offer the known duties and those the policies name', () => {
    expect(dutiesOf([{ notifyOnWarning: ['CAC'], notifyOnBreach: ['QUALITY_LEAD'] }])).toEqual(
      ['CAC', 'STATION_MANAGER', 'REGIONAL_SERVICE_MANAGER', 'DEALER_GM', 'REGIONAL_VP', 'QUALITY_LEAD'])
  })
})
