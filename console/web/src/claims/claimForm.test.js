import { describe, expect, it } from 'vitest'
import { adjustedTotal, claimErrors, COMPLETE_VIN, emptyClaim, runningTotal, toClaimRequest, vehicleFill } from './claimForm.js'

const complete = () => ({
  ...emptyClaim(), repairOrder: 'RO-1', vin: 'lsvam4187c2184847', model: 'S3', saleDate: '2025-01-10', repairDate: '2026-03-01',
  mileage: '12000', faultDescription: '发动机异响', labor: [{ operation: 'EN-101', hours: '1.5' }],
  parts: [{ number: 'P-10001', quantity: '1', unitPrice: '320.00', causal: true }]
})

describe('the claim form', () => {
  it('has nothing to say about a complete regular claim', () => {
    expect(claimErrors(complete())).toEqual({})
  })

  it('names line fields the way the API does', () => {
    const values = { ...complete(), labor: [{ operation: '', hours: '0' }], parts: [{ number: 'P-1', quantity: '', unitPrice: '-1' }] }
    expect(claimErrors(values)).toEqual({
      'labor[0].operation': 'validation.required', 'labor[0].hours': 'validation.positive',
      'parts[0].quantity': 'validation.required', 'parts[0].unitPrice': 'validation.atLeastZero'
    })
  })

  it('asks for the pre-authorisation of a special part and the campaign of a campaign claim', () => {
    expect(claimErrors({ ...complete(), kind: 'SPECIAL_PART' })).toEqual({ preAuthorisation: 'claim.preAuthorisationRequired' })
    expect(claimErrors({ ...complete(), kind: 'CAMPAIGN' })).toEqual({ campaign: 'claim.campaignRequired' })
  })

  it('refuses a sale after the repair', () => {
    expect(claimErrors({ ...complete(), saleDate: '2026-04-01' })).toEqual({ saleDate: 'claim.saleAfterRepair' })
  })

  it('sends numbers as numbers, the VIN in capitals, and only the reference its kind uses', () => {
    const request = toClaimRequest({ ...complete(), campaign: 'CMP-1' }, 'console-1')
    expect(request).toMatchObject({
      vin: 'LSVAM4187C2184847', mileage: 12000, labor: [{ operation: 'EN-101', hours: 1.5 }],
      parts: [{ number: 'P-10001', quantity: 1, unitPrice: 320, causal: true }], sublet: null, campaign: null,
      preAuthorisation: null, cause: null, idempotencyKey: 'console-1'
    })
  })
})

describe('the vehicle record', () => {
  it('fills the model and the sale date the dealer has not typed', () => {
    const record = { model: 'EV7', saleDate: '2025-03-01' }
    expect(vehicleFill({ model: '', saleDate: '' }, record)).toEqual({ model: 'EV7', saleDate: '2025-03-01' })
    expect(vehicleFill({ model: 'S3', saleDate: '' }, record)).toEqual({ saleDate: '2025-03-01' })
    expect(vehicleFill({ model: '', saleDate: '' }, null)).toEqual({})
  })
  it('is looked up only for a complete VIN', () => {
    expect(COMPLETE_VIN.test('LDH12345678901234')).toBe(true)
    expect(COMPLETE_VIN.test('LDH1234567890123')).toBe(false)
    expect(COMPLETE_VIN.test('LDH1234567890123O')).toBe(false)
  })
})

describe('the running totals', () => {
  it('add the parts, the sublet and the labour at the dealer rate as the form is typed', () => {
    const values = { ...complete(), parts: [{ number: 'P-1', quantity: '2', unitPrice: '320.10' }, { number: 'P-2', quantity: '', unitPrice: '5' }], sublet: '100' }
    expect(runningTotal(values, '120.00')).toEqual({ hours: 1.5, labor: 180, parts: 640.2, sublet: 100, total: 920.2, laborPriced: true })
  })

  it('leave the labour unpriced while the rate is not known', () => {
    expect(runningTotal({ ...complete(), labor: [{ operation: 'A', hours: '1' }, { operation: 'B', hours: 'x' }] }, null))
      .toEqual({ hours: 1, labor: null, parts: 320, sublet: 0, total: 320, laborPriced: false })
  })

  it('of an adjustment take each line at its entered amount, the claimed one while empty', () => {
    const lines = { labor: [{ operation: 'EN-101', amount: 350 }], parts: [{ number: 'P-1', amount: 320 }], sublet: 50 }
    expect(adjustedTotal(lines, { 'EN-101': '300' }, { 'P-1': '' })).toEqual({ approved: 670, claimed: 720 })
  })
})
